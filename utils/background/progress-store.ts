/**
 * Stores one progress report of a lecture (a `lecture/progress` message, or one posted on the
 * progress port: ./progress-ports.ts): where the student is, the ranges played (merged: a range
 * stored twice counts once) and the playing time (added: each report carries only what was played
 * since the last stored one).
 */
import { addLecturePlayTime, recordProgress } from '../db/lectures';
import type { ProgressReport } from '../protocol/notes';
import { dayKeyOf } from '../speed/time-saved';

export async function storeProgressReport({ key, position, watched, played }: ProgressReport, now: number) {
  if (watched.length === 0) await recordProgress(key, position, null, now);
  for (const range of watched) await recordProgress(key, position, range, now);
  if (played) await addLecturePlayTime(key, dayKeyOf(now), played);
}
