/** The notes repository: the only code that reads and writes the `notes` table. */

import { newId } from '../model/ids';
import { REVIEW_KINDS, STALE_NOTE_EDIT } from '../model/kinds';
import type { Note, NoteKind } from '../model/notes';
import type { Range } from '../model/ranges';
import type { Snapshot } from '../model/snapshots';
import { parseTags } from '../notes/tags';
import { db } from './database';

export interface NewNote {
  lectureKey: string;
  time: number;
  kind: NoteKind;
  text: string;
  caption?: string;
  segment?: Range;
  confidence?: Note['confidence'];
}

/** Stores a new note; resolves once it is durable (the IndexedDB transaction committed). */
export async function addNote(input: NewNote, now: number): Promise<Note> {
  const note: Note = {
    ...input,
    id: newId(),
    tags: parseTags(input.text),
    // Questions and recalls become review items, due from now (utils/review/scheduler.ts).
    ...(REVIEW_KINDS.includes(input.kind) ? { reviewDue: now } : {}),
    createdAt: now,
    updatedAt: now,
  };
  await db.notes.add(note);
  return note;
}

export type NoteChanges = Partial<Pick<Note, 'text' | 'kind' | 'time' | 'answered' | 'confidence'>>;

/**
 * Edits a note; tags follow the text. `asRead`: the `updatedAt` of the note the edit was made on;
 * if the note changed since (another tab), the edit is refused (throws STALE_NOTE_EDIT) rather
 * than overwrite that change. Resolves to the updated note, or undefined if it is gone.
 */
export async function updateNote(
  id: string,
  changes: NoteChanges,
  now: number,
  asRead?: number,
): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) return undefined;
    if (asRead !== undefined && note.updatedAt !== asRead) throw new Error(STALE_NOTE_EDIT);
    const updated: Note = {
      ...note,
      ...changes,
      tags: changes.text === undefined ? note.tags : parseTags(changes.text),
      // Always a new version, even for two edits within one millisecond.
      updatedAt: Math.max(now, note.updatedAt + 1),
    };
    // A note that becomes a question becomes a review item; one that stops being one leaves revision.
    if (!REVIEW_KINDS.includes(updated.kind)) {
      delete updated.reviewDue;
      delete updated.review;
    } else if (updated.reviewDue === undefined) updated.reviewDue = now;
    await db.notes.put(updated);
    return updated;
  });
}

/** Deletes a note and its snapshot, and returns both, so the student can undo. */
export async function deleteNote(id: string): Promise<{ note: Note; snapshot?: Snapshot } | undefined> {
  return db.transaction('rw', db.notes, db.snapshots, async () => {
    const note = await db.notes.get(id);
    if (!note) return undefined;
    const snapshot = await db.snapshots.get(id);
    await db.notes.delete(id);
    await db.snapshots.delete(id);
    return { note, snapshot };
  });
}

/** Puts back a note removed by `deleteNote` (undo), unchanged, with its snapshot; never over a note with its id. */
export async function restoreNote(note: Note, snapshot?: Snapshot): Promise<void> {
  await db.transaction('rw', db.notes, db.snapshots, async () => {
    await db.notes.add(note);
    if (snapshot) await db.snapshots.put(snapshot);
  });
}

/** A lecture's notes in video-time order. */
export function listNotesByLecture(lectureKey: string): Promise<Note[]> {
  return db.notes.where('[lectureKey+time]').between([lectureKey, -Infinity], [lectureKey, Infinity]).toArray();
}

/** How many notes each lecture has. */
export async function countNotesByLecture(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.notes.orderBy('lectureKey').eachKey((key) => {
    const lectureKey = String(key);
    counts.set(lectureKey, (counts.get(lectureKey) ?? 0) + 1);
  });
  return counts;
}

/** Every note (search indexing, exports). */
export function listAllNotes(): Promise<Note[]> {
  return db.notes.toArray();
}

/** Notes created in a span of wall-clock time, [from, to] (a focus session's notes). */
export function listNotesCreatedBetween(from: number, to: number): Promise<Note[]> {
  return db.notes.where('createdAt').between(from, to, true, true).toArray();
}

/** How many notes one lecture has. */
export function countNotesOfLecture(lectureKey: string): Promise<number> {
  return db.notes.where('lectureKey').equals(lectureKey).count();
}
