/**
 * Notes deleted in the last few minutes, kept by the background so Undo (`note/restore`) names
 * only the note's id and gets back exactly what storage held (an imported note's id, text or
 * time that the protocol's stricter rules for new notes would refuse). In `storage.session`:
 * it survives the MV3 worker being stopped, is gone when the browser closes, and content scripts
 * cannot read it.
 */
import { storage } from 'wxt/utils/storage';
import type { Note } from '../model/notes';

interface Deleted {
  note: Note;
  /** Epoch ms. */
  at: number;
}

/** How long a deleted note can be restored (longer than any Undo offer). */
export const RESTORABLE_MS = 10 * 60_000;
const KEPT = 50;
const recentlyDeleted = storage.defineItem<Deleted[]>('session:recentlyDeleted', { fallback: [] });

const fresh = (items: Deleted[], now: number) => items.filter((item) => now - item.at < RESTORABLE_MS);

export async function keepDeleted(note: Note, now: number): Promise<void> {
  const kept = fresh(await recentlyDeleted.getValue(), now).filter((item) => item.note.id !== note.id);
  await recentlyDeleted.setValue([{ note, at: now }, ...kept].slice(0, KEPT));
}

/** The note deleted with this id, removed from the slot; undefined when none (or too long ago). */
export async function takeDeleted(id: string, now: number): Promise<Note | undefined> {
  const items = await recentlyDeleted.getValue();
  const match = fresh(items, now).find((item) => item.note.id === id);
  const rest = fresh(items, now).filter((item) => item !== match);
  if (rest.length !== items.length) await recentlyDeleted.setValue(rest);
  return match?.note;
}
