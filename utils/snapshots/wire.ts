/**
 * Snapshots as they travel (base64 in runtime messages and the JSON backup) and the one check
 * every image passes before it is stored: its bytes decode, are a WebP or a JPEG by their magic
 * numbers (whatever type a sender claims), and are at most SNAPSHOT_MAX_BYTES. Sync's downloads
 * (utils/sync/snapshot-files.ts) pass the same check on their bytes.
 */
import { SNAPSHOT_MAX_BYTES, type Snapshot, type SnapshotMime, sniffSnapshotMime } from '../model/snapshots';
import { base64ToBytes, bytesToBase64 } from './base64';

export interface WireImage {
  width: number;
  height: number;
  base64: string;
}

export function imageToWire(image: { mime: SnapshotMime; width: number; height: number; data: Uint8Array }) {
  return { mime: image.mime, width: image.width, height: image.height, base64: bytesToBase64(image.data) };
}

/** The snapshot to store for this note, or why the image is refused (a student-facing sentence). */
export function snapshotFromWire(noteId: string, image: WireImage, now: number): Snapshot | string {
  const data = base64ToBytes(image.base64);
  if (!data || data.length === 0) return 'the image data is not valid base64.';
  return snapshotFromBytes(noteId, data, image, now);
}

/**
 * The same check for bytes that came as they are (a sync download): at most SNAPSHOT_MAX_BYTES,
 * a WebP or a JPEG by their magic numbers, and, when `image.mime` is said, that type.
 */
export function snapshotFromBytes(
  noteId: string,
  data: Uint8Array,
  image: { width: number; height: number; mime?: SnapshotMime },
  createdAt: number,
): Snapshot | string {
  if (data.length === 0) return 'the image is empty.';
  if (data.length > SNAPSHOT_MAX_BYTES) return `the image is larger than ${SNAPSHOT_MAX_BYTES / 1024} KB.`;
  const mime = sniffSnapshotMime(data);
  if (!mime) return 'the image is neither a WebP nor a JPEG.';
  if (image.mime && image.mime !== mime) return `the image is not the ${image.mime} it should be.`;
  return { noteId, mime, width: image.width, height: image.height, data, createdAt };
}
