/**
 * Valibot building blocks for the model's schemas and the protocol's payloads: one rule each.
 * The modules whose values pages use without validating (ids.ts, kinds.ts, ranges.ts,
 * video-time.ts, web-url.ts) take their rules from here as types only.
 */
import * as v from 'valibot';
import { isWebUrl } from './web-url';

/** A string of at most `max` characters (may be empty). */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A string of 1 to `max` characters. */
export const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
/** An http(s) address (./web-url.ts) of at most `max` characters. */
export const webUrl = (max: number) =>
  v.pipe(v.string(), v.maxLength(max), v.check(isWebUrl, 'must be an http(s) URL'));
export const httpUrl = webUrl(4096);
/**
 * Video time in seconds: finite, not negative. No upper bound: a live stream's time counts from
 * when it started (a 24/7 stream's runs into months), and a recording may be longer than any cap.
 */
export const videoSeconds = v.pipe(v.number(), v.finite(), v.minValue(0));
/** Milliseconds: a wall-clock time (epoch ms) or a duration. Finite, not negative. */
export const millis = v.pipe(v.number(), v.finite(), v.minValue(0));
/** How many times something happened: a whole number, not negative. */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Two video times, the start not after the end: a watched range, a recall's segment (Range, ./ranges.ts). */
export const RangeSchema = v.pipe(
  v.strictTuple([videoSeconds, videoSeconds]),
  v.check(([start, end]) => start <= end, 'a range starts before it ends'),
);

/** A range that is not empty: a review prompt's segment (start strictly before end). */
export const SegmentSchema = v.pipe(
  RangeSchema,
  v.check(([start, end]) => start < end, 'a segment must start before it ends'),
);

/** The id of a note the app made (`newId`, ./ids.ts): messages name notes only by these. */
export const NoteIdSchema = v.pipe(v.string(), v.uuid('must be a note id'));

/**
 * The id of a stored note or session as a backup carries it: focus sessions are named
 * `<end time>-<seq>` (utils/timer/machine.ts), and notes imported from a backup keep its ids.
 */
export const RecordIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));
