/**
 * The repository for whole-library operations: reading everything for an export, merging a
 * backup in one transaction, and wiping the library. The only backup code that touches `db`.
 */

import type { LibrarySnapshot } from '../export/snapshot';
import type { Lecture } from '../model/lectures';
import { db } from './database';

/** Every lecture, note, session and course name, read in one consistent transaction. */
export async function readLibrary(): Promise<LibrarySnapshot> {
  return db.transaction('r', [db.lectures, db.notes, db.sessions, db.courseNames], async () => ({
    lectures: await db.lectures.toArray(),
    notes: await db.notes.toArray(),
    sessions: await db.sessions.toArray(),
    courseNames: await db.courseNames.toArray(),
  }));
}

const present = <T>(items: (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined);

/**
 * The stored records that share a key or id with the given ones (for an import's summary and its
 * merge), with the stored notes the incoming snapshots belong to.
 */
export async function readExistingRecords(incoming: LibrarySnapshot): Promise<LibrarySnapshot> {
  const pictured = (incoming.snapshots ?? []).map((snapshot) => snapshot.noteId);
  const noteIds = [...new Set([...incoming.notes.map((note) => note.id), ...pictured])];
  const tables = [db.lectures, db.notes, db.sessions, db.courseNames, db.snapshots];
  return db.transaction('r', tables, async () => ({
    lectures: present(await db.lectures.bulkGet(incoming.lectures.map((lecture) => lecture.key))),
    notes: present(await db.notes.bulkGet(noteIds)),
    sessions: present(await db.sessions.bulkGet(incoming.sessions.map((session) => session.id))),
    courseNames: present(await db.courseNames.bulkGet((incoming.courseNames ?? []).map((name) => name.id))),
    snapshots: present(await db.snapshots.bulkGet(pictured)),
  }));
}

/**
 * Merges records into the library in ONE transaction (all or nothing). `choose` sees what is
 * stored now, inside the transaction, and returns what to write, so a change made by another
 * tab since the summary is never overwritten by an older record. Snapshots are written after the
 * notes, only for notes that exist then (`choose` leaves out the others).
 */
export async function mergeIntoLibrary(
  incoming: LibrarySnapshot,
  choose: (incoming: LibrarySnapshot, existing: LibrarySnapshot) => LibrarySnapshot,
): Promise<LibrarySnapshot> {
  return db.transaction('rw', [db.lectures, db.notes, db.sessions, db.courseNames, db.snapshots], async () => {
    const writes = choose(incoming, await readExistingRecords(incoming));
    await db.lectures.bulkPut(writes.lectures);
    await db.notes.bulkPut(writes.notes);
    await db.sessions.bulkPut(writes.sessions);
    await db.courseNames.bulkPut(writes.courseNames ?? []);
    await db.snapshots.bulkPut(writes.snapshots ?? []);
    return writes;
  });
}

/** Deletes every lecture, note (and snapshot), session, draft and course name, and what sync knew, in one transaction. */
export async function wipeLibrary(): Promise<void> {
  const tables = [
    db.lectures,
    db.notes,
    db.sessions,
    db.drafts,
    db.courseNames,
    db.syncBase,
    db.syncDirty,
    db.snapshots,
  ];
  await db.transaction('rw', tables, async () => {
    await db.courseNames.clear();
    await db.syncBase.clear();
    await db.syncDirty.clear();
    await db.snapshots.clear();
    await db.lectures.clear();
    await db.notes.clear();
    await db.sessions.clear();
    await db.drafts.clear();
  });
}

/** Every question note with the lectures they belong to (for "questions for my teacher"). */
export async function readQuestionsWithLectures(): Promise<LibrarySnapshot> {
  const notes = await db.notes.where('kind').equals('question').toArray();
  const keys = [...new Set(notes.map((note) => note.lectureKey))];
  const lectures = (await db.lectures.bulkGet(keys)).filter((item): item is Lecture => item !== undefined);
  return { lectures, notes, sessions: [], courseNames: await db.courseNames.toArray() };
}

/** Lectures and notes, without sessions (the print view); one lecture when a key is given. */
export async function readLecturesWithNotes(lectureKey?: string): Promise<LibrarySnapshot> {
  if (lectureKey) {
    const lecture = await db.lectures.get(lectureKey);
    const notes = await db.notes.where('lectureKey').equals(lectureKey).toArray();
    return { lectures: lecture ? [lecture] : [], notes, sessions: [] };
  }
  const [lectures, notes] = await Promise.all([db.lectures.toArray(), db.notes.toArray()]);
  return { lectures, notes, sessions: [] };
}
