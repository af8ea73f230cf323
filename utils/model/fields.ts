/** Valibot building blocks for the model's schemas and the protocol's payloads: one rule each. */
import * as v from 'valibot';

/** A string of at most `max` characters (may be empty). */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A string of 1 to `max` characters. */
export const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(4096),
  v.check((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL'),
);
/** Video time in seconds: finite, not negative, at most a week. */
export const videoSeconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(7 * 24 * 3600));
/** Milliseconds: a wall-clock time (epoch ms) or a duration. Finite, not negative. */
export const millis = v.pipe(v.number(), v.finite(), v.minValue(0));
/** How many times something happened: a whole number, not negative. */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
