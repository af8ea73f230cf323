/**
 * Counting due review items, apart from utils/db/review-items.ts so a caller that only counts (the
 * background's `library/due-count`) does not bundle the scheduler (ts-fsrs).
 */
import { db } from './database';

/** How many review items are due at `now`. */
export function countDueReviews(now: number): Promise<number> {
  return db.notes.where('reviewDue').belowOrEqual(now).count();
}
