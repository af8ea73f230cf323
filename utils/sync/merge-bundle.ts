/**
 * How a sync file and this device's records merge: a lecture bundle (the lecture, its notes, their
 * tombstones) three ways against the base (what both last agreed), and a month of focus sessions
 * (only ever added). Pure: the clock comes in as `now`. The result is both what the file should
 * hold and what this device should hold; utils/sync/sync-item.ts writes each where it differs.
 *
 * Deletes: a record this device had at the base and no longer has was deleted here; one the server
 * lists in its tombstones was deleted there. A delete wins over an untouched copy (a stale device
 * never brings a note back), an edit wins over a delete (text is never lost: the note comes back).
 * Snapshots follow the same rules (./merge-snapshots.ts) and go with their note.
 */
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import type { FocusSession } from '../model/sessions';
import type { LectureBundle, SessionBundle, SnapshotMeta } from '../model/sync';
import { mergeNoteVersions } from './merge-note';
import { mergeRecord } from './merge-record';
import { mergeSnapshotMetas } from './merge-snapshots';

export interface LectureRecords {
  lecture: Lecture | null;
  notes: Note[];
  /** Note id → the snapshot this device holds (none: no snapshots here). */
  snapshots?: Record<string, SnapshotMeta>;
}

export interface LectureMerge {
  /** What the server's file should hold. */
  bundle: LectureBundle;
  /** What this device should hold. */
  local: LectureRecords;
}

/** Lectures: the newer `updatedAt` wins (the backup's rule; prompt outcomes travel with the lecture). */
const newerLecture = (local: Lecture, remote: Lecture) => (remote.updatedAt > local.updatedAt ? remote : local);

/**
 * Merges one lecture's bundle. `base`: the file as both last agreed (undefined on a first sync of
 * it); `remote`: the file as read now (undefined if the server has none).
 */
export function mergeLectureBundle(
  lectureKey: string,
  base: LectureBundle | undefined,
  local: LectureRecords,
  remote: LectureBundle | undefined,
  now: number,
): LectureMerge {
  const localNotes = new Map(local.notes.map((note) => [note.id, note]));
  const ids = new Set([
    ...Object.keys(base?.notes ?? {}),
    ...localNotes.keys(),
    ...Object.keys(remote?.notes ?? {}),
    ...Object.keys(remote?.deleted ?? {}),
    ...Object.keys(base?.deleted ?? {}),
  ]);
  const notes: Record<string, Note> = {};
  const deleted: Record<string, number> = {};
  for (const id of ids) {
    const tombstone = remote?.deleted[id] ?? base?.deleted[id];
    const baseNote = base?.notes[id];
    const both = (here: Note, there: Note) => mergeNoteVersions(baseNote, here, there);
    const outcome = mergeRecord(baseNote, localNotes.get(id), remote?.notes[id], tombstone, now, both);
    if (outcome && 'keep' in outcome) notes[id] = outcome.keep;
    else if (outcome) deleted[id] = outcome.deletedAt;
  }
  const lectureTombstone = remote?.lectureDeletedAt ?? base?.lectureDeletedAt;
  const lectureOutcome = mergeRecord(
    base?.lecture ?? undefined,
    local.lecture ?? undefined,
    remote?.lecture ?? undefined,
    lectureTombstone,
    now,
    newerLecture,
  );
  let lecture = lectureOutcome && 'keep' in lectureOutcome ? lectureOutcome.keep : null;
  // A note that survives keeps its lecture: the library never shows a note without one.
  if (!lecture && Object.keys(notes).length > 0) lecture = local.lecture ?? remote?.lecture ?? base?.lecture ?? null;
  const deletedAt = !lecture && lectureOutcome && 'deletedAt' in lectureOutcome ? lectureOutcome.deletedAt : undefined;
  const images = mergeSnapshotMetas(base, local.snapshots ?? {}, remote, notes, now);
  const bundle: LectureBundle = {
    type: 'lecture',
    lectureKey,
    lecture,
    ...(deletedAt === undefined ? {} : { lectureDeletedAt: deletedAt }),
    notes,
    deleted,
    ...(Object.keys(images.snapshots).length > 0 ? { snapshots: images.snapshots } : {}),
    ...(Object.keys(images.deletedSnapshots).length > 0 ? { deletedSnapshots: images.deletedSnapshots } : {}),
  };
  return { bundle, local: { lecture, notes: Object.values(notes), snapshots: images.snapshots } };
}

/** Merges a month of focus sessions: every session either side has (sessions are only ever added). */
export function mergeSessionBundle(
  month: string,
  local: FocusSession[],
  remote: SessionBundle | undefined,
): { bundle: SessionBundle; local: FocusSession[] } {
  const sessions: Record<string, FocusSession> = { ...remote?.sessions };
  for (const session of local) sessions[session.id] ??= session;
  return { bundle: { type: 'sessions', month, sessions }, local: Object.values(sessions) };
}
