/**
 * How a sync file and this device's records merge: a lecture bundle (the lecture, its notes, their
 * tombstones) three ways against the base (what both last agreed), and a month of focus sessions
 * (only ever added). Pure: the clock comes in as `now`. The result is both what the file should
 * hold and what this device should hold; utils/sync/sync-item.ts writes each where it differs.
 *
 * Deletes: a record this device had at the base and no longer has was deleted here; one the server
 * lists in its tombstones was deleted there. A delete wins over an untouched copy (a stale device
 * never brings a note back), an edit wins over a delete (text is never lost: the note comes back).
 */
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import type { FocusSession } from '../model/sessions';
import type { LectureBundle, SessionBundle } from '../model/sync';
import { mergeNoteVersions } from './merge-note';

export interface LectureRecords {
  lecture: Lecture | null;
  notes: Note[];
}

export interface LectureMerge {
  /** What the server's file should hold. */
  bundle: LectureBundle;
  /** What this device should hold. */
  local: LectureRecords;
}

type Outcome<T> = { keep: T } | { deletedAt: number } | null;

/** One record (a note, the lecture) across the base, this device and the server. */
function mergeRecord<T extends { updatedAt: number }>(
  base: T | undefined,
  local: T | undefined,
  remote: T | undefined,
  tombstone: number | undefined,
  now: number,
  mergeBoth: (local: T, remote: T) => T,
): Outcome<T> {
  if (local && remote) return { keep: mergeBoth(local, remote) };
  if (local) {
    if (tombstone === undefined) return { keep: local };
    const editedHere = base ? local.updatedAt !== base.updatedAt : local.updatedAt > tombstone;
    return editedHere ? { keep: local } : { deletedAt: tombstone };
  }
  if (remote) {
    if (!base) return { keep: remote };
    return remote.updatedAt !== base.updatedAt ? { keep: remote } : { deletedAt: now };
  }
  if (tombstone !== undefined) return { deletedAt: tombstone };
  return base ? { deletedAt: now } : null;
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
  const bundle: LectureBundle = {
    type: 'lecture',
    lectureKey,
    lecture,
    ...(deletedAt === undefined ? {} : { lectureDeletedAt: deletedAt }),
    notes,
    deleted,
  };
  return { bundle, local: { lecture, notes: Object.values(notes) } };
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
