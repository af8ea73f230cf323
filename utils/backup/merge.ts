/**
 * What merging a backup into the library changes. Pure. The rule: by key for lectures, by id for
 * notes, sessions and course names, the newer `updatedAt` winning, a note's review state by its own time
 * (`review.lastReview`), sessions only added; a note's snapshot added where the note has none, the
 * newer `createdAt` winning where both have one, and left out when its note is in neither.
 */

import type { LibrarySnapshot } from '../export/snapshot';
import type { Note } from '../model/notes';
import type { Snapshot } from '../model/snapshots';

export interface MergeCounts {
  new: number;
  updated: number;
  unchanged: number;
}

type Stamped = { updatedAt: number };

/** How one stored record and its incoming version merge: the record to write, or null to keep the stored one. */
type Merge<T> = (incoming: T, current: T) => T | null;

function mergeTable<T>(incoming: T[], existing: T[], id: (item: T) => string, merge: Merge<T>) {
  const stored = new Map(existing.map((item) => [id(item), item]));
  const added: T[] = [];
  const updated: T[] = [];
  for (const item of incoming) {
    const current = stored.get(id(item));
    if (!current) {
      added.push(item);
      continue;
    }
    const merged = merge(item, current);
    if (merged) updated.push(merged);
  }
  return { added, updated, unchanged: incoming.length - added.length - updated.length };
}

const newer = <T extends Stamped>(incoming: T, current: T) =>
  incoming.updatedAt > current.updatedAt ? incoming : null;
const never = () => null;

const reviewedAt = (note: Note) => note.review?.lastReview ?? Number.NEGATIVE_INFINITY;

/**
 * Notes merge by `updatedAt` (grading a review bumps it too), and their review state by its own
 * clock (`review.lastReview`): the newer grading survives even when the other side holds the newer
 * text (an edit in one copy, a review in the other; or a note graded before grades bumped `updatedAt`).
 */
export function mergeNote(incoming: Note, current: Note): Note | null {
  const textNewer = incoming.updatedAt > current.updatedAt;
  const reviewNewer = reviewedAt(incoming) > reviewedAt(current);
  const reviewOlder = reviewedAt(incoming) < reviewedAt(current);
  if (!textNewer && !reviewNewer) return null;
  const base = textNewer ? incoming : current;
  // A note that is not a review item (no `reviewDue`: it became a plain note) takes no review state.
  const reviewFrom = base.reviewDue === undefined ? base : reviewNewer ? incoming : reviewOlder ? current : base;
  if (reviewFrom === base) return base === current ? null : base;
  const { review: _review, reviewDue: _reviewDue, ...rest } = base;
  return {
    ...rest,
    ...(reviewFrom.reviewDue === undefined ? {} : { reviewDue: reviewFrom.reviewDue }),
    ...(reviewFrom.review === undefined ? {} : { review: reviewFrom.review }),
    updatedAt: Math.max(incoming.updatedAt, current.updatedAt),
  };
}

const newerSnapshot = (incoming: Snapshot, current: Snapshot) =>
  incoming.createdAt > current.createdAt ? incoming : null;

/**
 * The backup's snapshots whose note is in the backup or in the library (`existing.notes` holds the
 * stored notes they name), merged by `createdAt`; `withoutNote` counts the others.
 */
function planSnapshots(incoming: LibrarySnapshot, existing: LibrarySnapshot) {
  const notes = new Set([...incoming.notes, ...existing.notes].map((note) => note.id));
  const all = incoming.snapshots ?? [];
  const kept = all.filter((snapshot) => notes.has(snapshot.noteId));
  const plan = mergeTable(kept, existing.snapshots ?? [], (snapshot) => snapshot.noteId, newerSnapshot);
  return { ...plan, withoutNote: all.length - kept.length };
}

/** What merging `incoming` into `existing` changes: new records, merged newer ones, the rest. Pure. */
export function planMerge(incoming: LibrarySnapshot, existing: LibrarySnapshot) {
  return {
    lectures: mergeTable(incoming.lectures, existing.lectures, (lecture) => lecture.key, newer),
    notes: mergeTable(incoming.notes, existing.notes, (note) => note.id, mergeNote),
    sessions: mergeTable(incoming.sessions, existing.sessions, (session) => session.id, never),
    courseNames: mergeTable(incoming.courseNames ?? [], existing.courseNames ?? [], (name) => name.id, newer),
    snapshots: planSnapshots(incoming, existing),
  };
}

/** The records to write: new ones and newer ones. Pure. */
export function chooseWrites(incoming: LibrarySnapshot, existing: LibrarySnapshot): LibrarySnapshot {
  const plan = planMerge(incoming, existing);
  return {
    lectures: [...plan.lectures.added, ...plan.lectures.updated],
    notes: [...plan.notes.added, ...plan.notes.updated],
    sessions: [...plan.sessions.added, ...plan.sessions.updated],
    courseNames: [...plan.courseNames.added, ...plan.courseNames.updated],
    snapshots: [...plan.snapshots.added, ...plan.snapshots.updated],
  };
}

export const mergeCounts = (table: { added: unknown[]; updated: unknown[]; unchanged: number }): MergeCounts => ({
  new: table.added.length,
  updated: table.updated.length,
  unchanged: table.unchanged,
});
