/**
 * The repository for whole-library operations: reading everything for an export, merging a
 * backup in one transaction, and wiping the library. The only backup code that touches `db`.
 */

import type { LibrarySnapshot } from '../export/snapshot';
import type { CourseName } from '../model/course-names';
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import type { FocusSession } from '../model/sessions';
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

/** The stored records that share a key or id with the given ones (for an import's summary). */
export async function readExistingRecords(
  lectureKeys: string[],
  noteIds: string[],
  sessionIds: string[],
  courseIds: string[] = [],
): Promise<LibrarySnapshot> {
  return db.transaction('r', [db.lectures, db.notes, db.sessions, db.courseNames], async () => ({
    lectures: (await db.lectures.bulkGet(lectureKeys)).filter((item): item is Lecture => item !== undefined),
    notes: (await db.notes.bulkGet(noteIds)).filter((item): item is Note => item !== undefined),
    sessions: (await db.sessions.bulkGet(sessionIds)).filter((item): item is FocusSession => item !== undefined),
    courseNames: (await db.courseNames.bulkGet(courseIds)).filter((item): item is CourseName => item !== undefined),
  }));
}

/**
 * Merges records into the library in ONE transaction (all or nothing). `choose` sees what is
 * stored now, inside the transaction, and returns what to write, so a change made by another
 * tab since the summary is never overwritten by an older record.
 */
export async function mergeIntoLibrary(
  incoming: LibrarySnapshot,
  choose: (incoming: LibrarySnapshot, existing: LibrarySnapshot) => LibrarySnapshot,
): Promise<LibrarySnapshot> {
  return db.transaction('rw', [db.lectures, db.notes, db.sessions, db.courseNames], async () => {
    const existing = await readExistingRecords(
      incoming.lectures.map((lecture) => lecture.key),
      incoming.notes.map((note) => note.id),
      incoming.sessions.map((session) => session.id),
      (incoming.courseNames ?? []).map((name) => name.id),
    );
    const writes = choose(incoming, existing);
    await db.lectures.bulkPut(writes.lectures);
    await db.notes.bulkPut(writes.notes);
    await db.sessions.bulkPut(writes.sessions);
    await db.courseNames.bulkPut(writes.courseNames ?? []);
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
