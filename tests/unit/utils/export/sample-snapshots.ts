/** Snapshots for the sample library's notes: a real 1×1 WebP and JPEG-shaped bytes. */
import type { Snapshot } from '@/utils/model/snapshots';

/** A 1×1 lossless WebP (RIFF…WEBPVP8L). */
export const WEBP_1X1 = Uint8Array.from(atob('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=='), (char) =>
  char.charCodeAt(0),
);
/** Bytes with a JPEG's magic number and an end marker (an encoder's output is not needed to zip them). */
export const JPEG_BYTES = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 0xff, 0xd9]);

export function sampleSnapshot(noteId: string, mime: Snapshot['mime'] = 'image/webp'): Snapshot {
  return {
    noteId,
    mime,
    width: 1,
    height: 1,
    data: mime === 'image/webp' ? WEBP_1X1.slice() : JPEG_BYTES.slice(),
    createdAt: Date.UTC(2026, 10, 20, 8, 1),
  };
}
