import type { Lecture } from '../model/lectures';

/** Below this, "Continue from" is not worth offering: the lecture has barely started. */
export const MIN_RESUME_SECONDS = 10;
/** Within this of the end, the lecture counts as finished: start again instead. */
export const END_MARGIN_SECONDS = 15;

/** Where to offer "Continue from", or null: far enough in, not at the end, not already there. */
export function resumePoint(stored: Lecture | null, currentTime: number): number | null {
  if (!stored) return null;
  const at = stored.lastPosition;
  if (!Number.isFinite(at) || at < MIN_RESUME_SECONDS) return null;
  if (stored.duration !== null && at > stored.duration - END_MARGIN_SECONDS) return null;
  if (currentTime >= at - 5) return null;
  return at;
}
