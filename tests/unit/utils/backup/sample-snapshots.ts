/**
 * Snapshots for the backup tests: bytes that are a WebP or a JPEG by their magic numbers (what
 * Lectern checks), the rest varied by a seed so every image differs, and a backup file around them.
 */
import type { Snapshot, SnapshotMime } from '@/utils/model/snapshots';
import { EXPORT_NOW, sampleLibrary } from '../export/sample-library';

const HEADS: Record<SnapshotMime, number[]> = {
  'image/webp': [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
};

export function imageBytes(mime: SnapshotMime, size = 4096, seed = 1): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = seed * 2654435761;
  for (let at = 0; at < size; at++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[at] = state >>> 24;
  }
  bytes.set(HEADS[mime]);
  return bytes;
}

export function seededSnapshot(noteId: string, seed = 1, facts: Partial<Snapshot> = {}): Snapshot {
  const mime = facts.mime ?? 'image/webp';
  return {
    noteId,
    mime,
    width: 1280,
    height: 720,
    data: imageBytes(mime, 4096, seed),
    createdAt: EXPORT_NOW - 3600_000 + seed,
    ...facts,
  };
}

/** A version 1 backup of the sample library with these snapshot records (as the file holds them). */
export function backupWithSnapshots(records: unknown[]): string {
  return JSON.stringify({
    format: 'lectern-backup',
    version: 1,
    exportedAt: new Date(EXPORT_NOW).toISOString(),
    lectures: sampleLibrary.lectures,
    notes: sampleLibrary.notes,
    sessions: sampleLibrary.sessions,
    snapshots: records,
  });
}

/** SHA-256 of the bytes, in hex. */
export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
