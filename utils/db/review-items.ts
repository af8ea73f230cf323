/** The review items repository (notes with `reviewDue`, schema version 2): due lists, counts, grades. */

import type { Note } from '../model/notes';
import { gradeReview, type ReviewGrade } from '../review/scheduler';
import { db } from './database';

export { countDueReviews } from './due-count';

/** Review items due at `now`, the longest overdue first. */
export function listDueReviews(now: number, limit = 200): Promise<Note[]> {
  return db.notes.where('reviewDue').belowOrEqual(now).limit(limit).toArray();
}

/**
 * Grades a review: stores the new card and the next due time, and bumps `updatedAt` (review
 * progress is a change to the note: a "newer wins" import must keep it). Resolves to the note,
 * or undefined if gone.
 */
export async function recordReviewGrade(id: string, grade: ReviewGrade, now: number): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note || note.reviewDue === undefined) return undefined;
    const review = gradeReview(note, grade, now);
    const graded: Note = { ...note, review, reviewDue: review.due, updatedAt: now };
    await db.notes.put(graded);
    return graded;
  });
}

/** When the next review item falls due after `now`, or null when none is waiting. */
export async function nextReviewDueAfter(now: number): Promise<number | null> {
  const next = await db.notes.where('reviewDue').above(now).first();
  return next?.reviewDue ?? null;
}

/** How many review items there are at all. */
export function countReviewItems(): Promise<number> {
  return db.notes.where('reviewDue').aboveOrEqual(0).count();
}
