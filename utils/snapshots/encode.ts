/**
 * Makes a snapshot's image from a picture (a video frame, a cropped tab capture): scaled to at most
 * SNAPSHOT_MAX_WIDTH pixels wide, WebP where the browser encodes it (JPEG where it does not: an
 * encoder that cannot make WebP hands back another type), at most SNAPSHOT_MAX_BYTES (lower
 * quality first, then a smaller size, until it fits). Refuses a black picture (a protected video
 * draws black). Works on any canvas: a page's <canvas> (./capture-video.ts) or the background's
 * OffscreenCanvas (utils/background/snapshot-capture.ts), handed in as a `Surface` maker.
 */
import { SNAPSHOT_MAX_BYTES, SNAPSHOT_MAX_WIDTH, type SnapshotMime } from '../model/snapshots';

type Context2d = Pick<CanvasRenderingContext2D, 'drawImage' | 'getImageData'>;

export interface Surface {
  context: Context2d;
  /** The image as `type` at `quality` (0 to 1); the blob's type says what the encoder really made. */
  encode(type: string, quality: number): Promise<Blob | null>;
  /** What context.drawImage can draw from (the canvas itself). */
  source: CanvasImageSource;
}
export type MakeSurface = (width: number, height: number) => Surface;

export interface EncodedSnapshot {
  mime: SnapshotMime;
  width: number;
  height: number;
  data: Uint8Array;
}

export type EncodeFailure = 'black' | 'too-big';

const QUALITIES = [0.82, 0.7, 0.55, 0.4];
const SMALLEST_WIDTH = 160;
/** A picture is black when no sampled pixel is brighter than this (0-255, any channel). */
const BLACK_LEVEL = 12;

/**
 * Draws the picture (`draw` paints `sourceWidth` × `sourceHeight` onto the width × height it is
 * given) and encodes it. Throws what the canvas throws: a SecurityError when the picture taints it.
 */
export async function encodeSnapshot(
  draw: (context: Context2d, width: number, height: number) => void,
  sourceWidth: number,
  sourceHeight: number,
  makeSurface: MakeSurface,
): Promise<EncodedSnapshot | EncodeFailure> {
  let width = Math.min(Math.round(sourceWidth), SNAPSHOT_MAX_WIDTH);
  const scaled = (w: number) => Math.max(1, Math.round((sourceHeight * w) / sourceWidth));
  const full = makeSurface(width, scaled(width));
  draw(full.context, width, scaled(width));
  if (isBlack(full, width, scaled(width), makeSurface)) return 'black';
  let surface = full;
  let mime: SnapshotMime = 'image/webp';
  while (width >= SMALLEST_WIDTH) {
    for (const quality of QUALITIES) {
      const blob = await surface.encode(mime, quality);
      if (!blob) continue;
      if (blob.type !== mime) {
        // No WebP encoder here: JPEG, from the same quality on.
        if (mime === 'image/jpeg') return 'too-big';
        mime = 'image/jpeg';
        const jpeg = await surface.encode(mime, quality);
        if (jpeg && jpeg.type === mime && jpeg.size <= SNAPSHOT_MAX_BYTES) return encoded(mime, width, jpeg);
        continue;
      }
      if (blob.size <= SNAPSHOT_MAX_BYTES) return encoded(mime, width, blob);
    }
    width = Math.floor(width * 0.75);
    surface = makeSurface(width, scaled(width));
    surface.context.drawImage(full.source, 0, 0, width, scaled(width));
  }
  return 'too-big';

  async function encoded(type: SnapshotMime, w: number, blob: Blob): Promise<EncodedSnapshot> {
    // Through Response, not blob.arrayBuffer(): in a Firefox content script the canvas's blob is the
    // page's, and awaiting its promise is refused ("Permission denied to access property constructor").
    return { mime: type, width: w, height: scaled(w), data: new Uint8Array(await new Response(blob).arrayBuffer()) };
  }
}

/** Samples the picture at 32 × 18: black (or not drawn at all) when no pixel is brighter than BLACK_LEVEL. */
function isBlack(surface: Surface, width: number, height: number, makeSurface: MakeSurface): boolean {
  const sample = makeSurface(32, 18);
  sample.context.drawImage(surface.source, 0, 0, width, height, 0, 0, 32, 18);
  const { data } = sample.context.getImageData(0, 0, 32, 18);
  for (let at = 0; at < data.length; at += 4) {
    if (Math.max(data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0) > BLACK_LEVEL) return false;
  }
  return true;
}
