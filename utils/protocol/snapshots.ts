/**
 * Snapshot messages (issue 14: the slide on screen). Part of the protocol in ./messages.ts. Images
 * travel as base64 (Chrome serialises messages as JSON); the schema caps their length, and the
 * background checks the decoded bytes by their magic numbers before storing anything
 * (utils/snapshots/wire.ts): a WebP or JPEG of at most SNAPSHOT_MAX_BYTES, nothing else.
 */
import * as v from 'valibot';
import { NoteIdSchema, RecordIdSchema } from '../model/fields';
import { LectureKeySchema } from '../model/lectures';
import { SNAPSHOT_MAX_BYTES, SNAPSHOT_MAX_WIDTH } from '../model/snapshots';
import { fromLectureFrame, fromPages, type SenderRule } from './senders';

/** Base64 of at most SNAPSHOT_MAX_BYTES bytes. */
const SnapshotBase64Schema = v.pipe(
  v.string(),
  v.maxLength(Math.ceil(SNAPSHOT_MAX_BYTES / 3) * 4),
  v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
);
const pixels = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));
const cssPixels = v.pipe(v.number(), v.finite(), v.minValue(-1e6), v.maxValue(1e6));

/** An image on the wire: what the background stores after checking its bytes (utils/snapshots/wire.ts). */
export const WireSnapshotSchema = v.strictObject({
  width: pixels(SNAPSHOT_MAX_WIDTH),
  height: pixels(SNAPSHOT_MAX_WIDTH * 4),
  base64: SnapshotBase64Schema,
});
export type WireSnapshot = v.InferOutput<typeof WireSnapshotSchema> & { mime: string };

export const snapshotRequests = {
  /** The overlay stores the snapshot of a note it just saved (the note must exist). */
  'snapshot/save': v.strictObject({ noteId: NoteIdSchema, image: WireSnapshotSchema }),
  /** A note's snapshot, for its thumbnail. */
  'snapshot/get': v.strictObject({ noteId: RecordIdSchema }),
  /**
   * The overlay's controller could not read its video (a cross-origin video taints the canvas):
   * the background captures the visible tab and crops it to the video's box, given in the top
   * page's CSS pixels with the frame's device pixel ratio. Only for the lecture its frame showed.
   */
  'snapshot/capture-tab': v.strictObject({
    lectureKey: LectureKeySchema,
    box: v.strictObject({
      x: cssPixels,
      y: cssPixels,
      width: v.pipe(cssPixels, v.minValue(1)),
      height: v.pipe(cssPixels, v.minValue(1)),
    }),
    pixelRatio: v.pipe(v.number(), v.finite(), v.minValue(0.25), v.maxValue(16)),
  }),
} as const;

export interface SnapshotResponses {
  'snapshot/save': { saved: boolean };
  'snapshot/get': { image: WireSnapshot | null };
  'snapshot/capture-tab': { image: WireSnapshot };
}

/** Saving and reading: Lectern's pages (the overlay's iframe); capturing the tab: the lecture's frame. */
export const snapshotSenders = {
  'snapshot/save': fromPages,
  'snapshot/get': fromPages,
  'snapshot/capture-tab': fromLectureFrame('lectureKey'),
} satisfies Record<keyof typeof snapshotRequests, SenderRule>;
