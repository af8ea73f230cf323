/**
 * A note's snapshot: the video frame at the note's time, stored in its own table (keyed by the
 * note's id) so note lists stay light. The bytes are an image Lectern made (WebP, or JPEG where the
 * browser cannot encode WebP), at most 1280 px wide and 150 KB. Pure: no valibot, no browser API
 * (pages that validate nothing import the limits and the sniffing from here).
 */

/** Widest snapshot, in pixels: a slide stays readable, the bytes stay small. */
export const SNAPSHOT_MAX_WIDTH = 1280;
/** Largest snapshot, in bytes: the encoder lowers quality, then size, until it fits. */
export const SNAPSHOT_MAX_BYTES = 150 * 1024;

export type SnapshotMime = 'image/webp' | 'image/jpeg';

export interface Snapshot {
  /** The note it belongs to (the table's key). */
  noteId: string;
  mime: SnapshotMime;
  width: number;
  height: number;
  /** The encoded image. */
  data: Uint8Array;
  /** Epoch ms. */
  createdAt: number;
}

/** What the bytes are by their magic numbers (never by what a sender claims), or null when neither. */
export function sniffSnapshotMime(bytes: Uint8Array): SnapshotMime | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The file extension for a snapshot's type (exports). */
export const snapshotExtension = (mime: SnapshotMime) => (mime === 'image/webp' ? 'webp' : 'jpg');

/** Longest alt text taken from a note, in characters (an ellipsis ends a shortened one). */
export const ALT_MAX_LENGTH = 100;

/**
 * A note's text as a snapshot's alt text: one line, cut at a word (never inside a character) when
 * longer than `max`; empty when the note says nothing (the caller names the moment instead).
 * The one rule for the thumbnails, the print view and the Markdown .zip's image links.
 */
export function shortenForAlt(text: string, max = ALT_MAX_LENGTH): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length >= max / 2 ? atWord : cut}…`;
}
