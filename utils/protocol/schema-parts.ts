/** Small valibot building blocks shared by the protocol's domain files. */
import * as v from 'valibot';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(4096),
  v.check((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL'),
);
/** Video time in seconds: finite, not negative, at most a week. */
export const seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(7 * 24 * 3600));
