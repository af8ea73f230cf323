/**
 * The sync repository (schema version 6): what utils/sync/ reads and writes locally. The records
 * of one sync item (a lecture with its notes and their snapshots, a month of sessions), the bases (what this device
 * and the server last agreed each file holds) and the dirty marks (./sync-tracking.ts).
 *
 * Applying a merge never overwrites a change made meanwhile: the records are written only if they
 * are still as the merge read them; otherwise nothing is written and the item stays pending, to
 * be merged again on the next pass.
 */
import type { CourseName } from '../model/course-names';
import { newId } from '../model/ids';
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import type { FocusSession } from '../model/sessions';
import type { Snapshot } from '../model/snapshots';
import { lectureItem, type SyncBase, type SyncDirtyMark, sessionsItem, sessionsMonth } from '../model/sync';
import { db } from './database';
import { liveQuery } from './live-query';

export interface LocalLecture {
  lecture: Lecture | null;
  notes: Note[];
  /** The snapshots of these notes. */
  snapshots: Snapshot[];
}

export function readLectureRecords(lectureKey: string): Promise<LocalLecture> {
  return db.transaction('r', db.lectures, db.notes, db.snapshots, async () => {
    const notes = await db.notes.where('lectureKey').equals(lectureKey).toArray();
    const snapshots = await db.snapshots.bulkGet(notes.map((note) => note.id));
    return {
      lecture: (await db.lectures.get(lectureKey)) ?? null,
      notes,
      snapshots: snapshots.filter((snapshot): snapshot is Snapshot => snapshot !== undefined),
    };
  });
}

const monthBounds = (month: string): [number, number] => {
  const start = Date.parse(`${month}-01T00:00:00Z`);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 1);
  return [start, end.getTime()];
};

export function readMonthSessions(month: string): Promise<FocusSession[]> {
  const [start, end] = monthBounds(month);
  return db.sessions.where('startedAt').between(start, end, true, false).toArray();
}

/** Every item this device holds records of (a first sync looks at all of them). */
export async function listLocalItems(): Promise<string[]> {
  const items = new Set<string>();
  await db.lectures.orderBy(':id').eachPrimaryKey((key) => items.add(lectureItem(String(key))));
  await db.notes.orderBy('lectureKey').eachKey((key) => items.add(lectureItem(String(key))));
  await db.sessions.orderBy('startedAt').eachKey((key) => items.add(sessionsItem(sessionsMonth(Number(key)))));
  return [...items];
}

export function listSyncBases(): Promise<SyncBase[]> {
  return db.syncBase.toArray();
}

export function listDirtyMarks(): Promise<SyncDirtyMark[]> {
  return db.syncDirty.toArray();
}

/** Changes made on this device that no sync has carried to the server yet. */
export function countPendingChanges(): Promise<number> {
  return db.syncDirty.count();
}

/** Records a file both sides agree on, and clears the item's mark if no change came since `token`. */
export async function recordSynced(base: SyncBase, token: string | undefined): Promise<void> {
  await db.transaction('rw', db.syncBase, db.syncDirty, async () => {
    await db.syncBase.put(base);
    const mark = await db.syncDirty.get(base.item);
    if (mark && mark.token === token) await db.syncDirty.delete(base.item);
  });
}

/** Which records, at which versions: equal when nothing was written in between. */
function versionsOf(records: LocalLecture): string {
  const notes = records.notes.map((note) => `${note.id}@${note.updatedAt}`).sort();
  const snapshots = records.snapshots.map((snapshot) => `${snapshot.noteId}@${snapshot.createdAt}`).sort();
  return JSON.stringify([records.lecture?.updatedAt ?? null, notes, snapshots]);
}

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/**
 * Makes this device hold `wanted` for a lecture and records `base` as agreed, in one transaction,
 * if its records are still `asRead` (else false: nothing is written, the item stays pending).
 */
export async function applyLectureRecords(
  asRead: LocalLecture,
  wanted: LocalLecture,
  base: SyncBase,
): Promise<boolean> {
  const { lectureKey } = base.bundle as { lectureKey: string };
  return db.transaction('rw', [db.lectures, db.notes, db.snapshots, db.syncBase, db.syncDirty], async () => {
    const current = await readLectureRecords(lectureKey);
    if (versionsOf(current) !== versionsOf(asRead)) return false;
    const kept = new Set(wanted.notes.map((note) => note.id));
    const byId = new Map(current.notes.map((note) => [note.id, note]));
    await db.notes.bulkDelete(current.notes.filter((note) => !kept.has(note.id)).map((note) => note.id));
    await db.notes.bulkPut(wanted.notes.filter((note) => differs(byId.get(note.id), note)));
    // A snapshot only with its note; one the merge dropped (deleted, or its note deleted) goes.
    const images = wanted.snapshots.filter((snapshot) => kept.has(snapshot.noteId));
    const held = new Map(current.snapshots.map((snapshot) => [snapshot.noteId, snapshot.createdAt]));
    const keptImages = new Set(images.map((snapshot) => snapshot.noteId));
    await db.snapshots.bulkDelete([...held.keys()].filter((noteId) => !keptImages.has(noteId)));
    await db.snapshots.bulkPut(images.filter((snapshot) => held.get(snapshot.noteId) !== snapshot.createdAt));
    if (wanted.lecture && differs(wanted.lecture, current.lecture)) await db.lectures.put(wanted.lecture);
    if (!wanted.lecture && current.lecture) await db.lectures.delete(lectureKey);
    await db.syncBase.put(base);
    // Nothing changed since the read (checked above), so every change here is in `base` now.
    await db.syncDirty.delete(base.item);
    return true;
  });
}

/** Adds the sessions this device lacks (sessions are only ever added). */
export async function addMissingSessions(sessions: FocusSession[]): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const have = await db.sessions.bulkGet(sessions.map((session) => session.id));
    await db.sessions.bulkAdd(sessions.filter((_, index) => !have[index]));
  });
}

/** Forgets what was agreed with a library (another library is synced from scratch). */
export async function clearSyncBases(): Promise<void> {
  await db.syncBase.clear();
}

/** Calls `onCount` with the number of pending changes now and after every change, in any context; returns the unsubscribe. */
export function watchPendingChanges(onCount: (count: number) => void): () => void {
  const subscription = liveQuery(() => db.syncDirty.count()).subscribe({ next: onCount, error: () => undefined });
  return () => subscription.unsubscribe();
}

/** Marks an item changed here that no table write marks (the synced settings, kept in extension storage). */
export async function markSyncItemChanged(item: string): Promise<void> {
  await db.syncDirty.put({ item, token: newId() });
}

/** Stores the course names that are newer than this device's (a rename on another device). */
export async function putNewerCourseNames(names: CourseName[]): Promise<void> {
  await db.transaction('rw', db.courseNames, async () => {
    const stored = await db.courseNames.bulkGet(names.map((name) => name.id));
    await db.courseNames.bulkPut(names.filter((name, index) => name.updatedAt > (stored[index]?.updatedAt ?? -1)));
  });
}
