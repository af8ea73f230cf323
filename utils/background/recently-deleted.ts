/**
 * Notes deleted in the last few minutes, kept by the background so Undo (`note/restore`) names
 * only the note's id and gets back exactly what storage held (an imported note's id, text or
 * time that the protocol's stricter rules for new notes would refuse), with its snapshot. In
 * `storage.session`: it survives the MV3 worker being stopped, is gone when the browser closes,
 * and content scripts cannot read it. Its quota is small (Chrome: 10 MB), so only the few most
 * recent deletions keep their snapshot's image (base64, up to 200 KB each).
 */
import { storage } from 'wxt/utils/storage';
import type { Note } from '../model/notes';
import type { Snapshot, SnapshotMime } from '../model/snapshots';
import { base64ToBytes, bytesToBase64 } from '../snapshots/base64';

interface KeptSnapshot {
  mime: SnapshotMime;
  width: number;
  height: number;
  base64: string;
  createdAt: number;
}

interface Deleted {
  note: Note;
  /** Epoch ms. */
  at: number;
  snapshot?: KeptSnapshot;
}

/** How long a deleted note can be restored (longer than any Undo offer). */
export const RESTORABLE_MS = 10 * 60_000;
const KEPT = 50;
/** How many of the most recent deletions keep their snapshot (KEPT × 200 KB would pass the quota). */
const KEPT_WITH_SNAPSHOT = 10;
const recentlyDeleted = storage.defineItem<Deleted[]>('session:recentlyDeleted', { fallback: [] });

const fresh = (items: Deleted[], now: number) => items.filter((item) => now - item.at < RESTORABLE_MS);

export async function keepDeleted(note: Note, now: number, snapshot?: Snapshot): Promise<void> {
  const kept = fresh(await recentlyDeleted.getValue(), now).filter((item) => item.note.id !== note.id);
  const item: Deleted = { note, at: now };
  if (snapshot) {
    const { mime, width, height, createdAt, data } = snapshot;
    item.snapshot = { mime, width, height, createdAt, base64: bytesToBase64(data) };
  }
  const items = [item, ...kept].slice(0, KEPT);
  await recentlyDeleted.setValue(
    items.map((entry, at) => (at < KEPT_WITH_SNAPSHOT || !entry.snapshot ? entry : { note: entry.note, at: entry.at })),
  );
}

/** The note deleted with this id (and its snapshot), removed from the slot; undefined when none (or too long ago). */
export async function takeDeleted(id: string, now: number): Promise<{ note: Note; snapshot?: Snapshot } | undefined> {
  const items = await recentlyDeleted.getValue();
  const match = fresh(items, now).find((item) => item.note.id === id);
  const rest = fresh(items, now).filter((item) => item !== match);
  if (rest.length !== items.length) await recentlyDeleted.setValue(rest);
  if (!match) return undefined;
  const data = match.snapshot && base64ToBytes(match.snapshot.base64);
  if (!match.snapshot || !data) return { note: match.note };
  const { base64: _, ...facts } = match.snapshot;
  return { note: match.note, snapshot: { ...facts, noteId: id, data } };
}
