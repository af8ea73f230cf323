/**
 * How one note merges when this device and the server both hold it: a three-way merge against
 * what they last agreed (the base). Pure. The backup's rules where they decide (utils/backup/merge.ts:
 * the newer `updatedAt` wins, review progress by its own review time), and one more that a backup
 * cannot have: a note whose text changed on BOTH devices since the base keeps both texts, the
 * newer as the note and the other as its `conflict`, until the student keeps one or both.
 */
import type { Note, NoteConflict } from '../model/notes';

/** JSON with every object's keys sorted: equal values, equal strings, whatever order fields were set in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Everything but the review state and the version: what the student wrote, where, how filed. */
function contentOf(note: Note): string {
  const { review: _review, reviewDue: _due, updatedAt: _at, ...content } = note;
  return canonicalJson(content);
}

const sameContent = (a: Note, b: Note) => contentOf(a) === contentOf(b);
const reviewedAt = (note: Note) => note.review?.lastReview ?? Number.NEGATIVE_INFINITY;

/** The newer version; on a tie the one carrying a conflict copy, then a fixed order (both devices pick the same). */
function newerOf(a: Note, b: Note): [Note, Note] {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? [a, b] : [b, a];
  if (Boolean(a.conflict) !== Boolean(b.conflict)) return a.conflict ? [a, b] : [b, a];
  return a.text >= b.text ? [a, b] : [b, a];
}

/** `content` with the review state of whichever side reviewed last (none if `content` is no review item). */
function withReview(content: Note, local: Note, remote: Note, updatedAt: number): Note {
  const { review: _review, reviewDue: _due, ...rest } = content;
  if (content.reviewDue === undefined) return { ...rest, updatedAt };
  const later =
    reviewedAt(remote) > reviewedAt(local) ? remote : reviewedAt(local) > reviewedAt(remote) ? local : content;
  const side = later.reviewDue === undefined ? content : later;
  return {
    ...rest,
    reviewDue: side.reviewDue as number,
    ...(side.review ? { review: side.review } : {}),
    updatedAt,
  };
}

const conflictCopy = (note: Note): NoteConflict => ({
  text: note.text,
  kind: note.kind,
  time: note.time,
  updatedAt: note.updatedAt,
});

/** Is this a new text conflict (not one a side already keeps as its conflict copy)? */
function isTextConflict(local: Note, remote: Note, base: Note | undefined): boolean {
  const localEdited = !base || local.text !== base.text;
  const remoteEdited = !base || remote.text !== base.text;
  return (
    localEdited &&
    remoteEdited &&
    local.text !== remote.text &&
    local.conflict?.text !== remote.text &&
    remote.conflict?.text !== local.text
  );
}

/** The merged note, both sides holding it. */
export function mergeNoteVersions(base: Note | undefined, local: Note, remote: Note): Note {
  const updatedAt = Math.max(local.updatedAt, remote.updatedAt);
  if (isTextConflict(local, remote, base)) {
    const [kept, other] = newerOf(local, remote);
    // A new version (+1): the side without the copy takes it rather than keep its own.
    return withReview({ ...kept, conflict: conflictCopy(other) }, local, remote, updatedAt + 1);
  }
  const localChanged = !base || !sameContent(local, base);
  const remoteChanged = !base || !sameContent(remote, base);
  const content = !remoteChanged ? local : !localChanged ? remote : newerOf(local, remote)[0];
  return withReview(content, local, remote, updatedAt);
}
