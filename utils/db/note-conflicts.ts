/**
 * Resolving a sync conflict (utils/sync/merge-note.ts): a note edited on two devices keeps the
 * other device's version as `conflict` until the student keeps this version, the other one, or
 * both (the other becomes a note of its own, at its own time). Each is a new version of the note,
 * so the choice syncs to the other devices like any edit.
 */
import { newId } from '../model/ids';
import { REVIEW_KINDS } from '../model/kinds';
import type { Note } from '../model/notes';
import type { ConflictChoice } from '../model/sync';
import { parseTags } from '../notes/tags';
import { db } from './database';

/** Resolves the note's conflict; resolves to the notes as they are after it, or undefined if there was none. */
export async function resolveNoteConflict(
  id: string,
  choice: ConflictChoice,
  now: number,
): Promise<Note[] | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note?.conflict) return undefined;
    const { conflict, ...rest } = note;
    const updatedAt = Math.max(now, note.updatedAt + 1);
    const kept: Note =
      choice === 'other'
        ? {
            ...rest,
            text: conflict.text,
            kind: conflict.kind,
            time: conflict.time,
            tags: parseTags(conflict.text),
            updatedAt,
          }
        : { ...rest, updatedAt };
    if (!REVIEW_KINDS.includes(kept.kind)) {
      delete kept.reviewDue;
      delete kept.review;
    } else if (kept.reviewDue === undefined) kept.reviewDue = now;
    await db.notes.put(kept);
    if (choice !== 'both') return [kept];
    const copy: Note = {
      id: newId(),
      lectureKey: note.lectureKey,
      time: conflict.time,
      kind: conflict.kind,
      text: conflict.text,
      tags: parseTags(conflict.text),
      ...(REVIEW_KINDS.includes(conflict.kind) ? { reviewDue: now } : {}),
      createdAt: now,
      updatedAt: now,
    };
    await db.notes.add(copy);
    return [kept, copy];
  });
}
