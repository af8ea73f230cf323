/**
 * Revision: which notes are review items, what a review asks, and when each comes back, scheduled
 * by FSRS (ts-fsrs). Pure: every function takes `now` (epoch ms); nothing here reads the clock or
 * the database (the repository is utils/db/review-items.ts).
 */
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import { REVIEW_KINDS } from '../model/kinds';
import type { Note } from '../model/notes';
import type { ReviewCard } from '../model/review-card';

/** A question to answer, a recall to remember, or a segment the student was lost in, to replay. */
export type ReviewItemKind = 'question' | 'recall' | 'segment';

export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';

export const REVIEW_GRADES: { grade: ReviewGrade; label: string; key: string }[] = [
  { grade: 'again', label: 'Again', key: '1' },
  { grade: 'hard', label: 'Hard', key: '2' },
  { grade: 'good', label: 'Good', key: '3' },
  { grade: 'easy', label: 'Easy', key: '4' },
];

const RATINGS: Record<ReviewGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz off: the same history always gives the same schedule (and testable intervals).
const scheduler = fsrs({ enable_fuzz: false });

export function reviewItemKind(note: Note): ReviewItemKind | null {
  if (!REVIEW_KINDS.includes(note.kind)) return null;
  if (note.kind === 'question') return 'question';
  return note.confidence === 'lost' ? 'segment' : 'recall';
}

export function isDue(note: Note, now: number): boolean {
  return note.reviewDue !== undefined && note.reviewDue <= now;
}

function toCard(stored: ReviewCard | undefined, createdAt: number): Card {
  if (!stored) return createEmptyCard(new Date(createdAt));
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: 0,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.lastReview === undefined ? {} : { last_review: new Date(stored.lastReview) }),
  };
}

function fromCard(card: Card): ReviewCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as ReviewCard['state'],
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  };
}

/** The card after grading a review at `now`; its `due` is when the item comes back. */
export function gradeReview(note: Note, grade: ReviewGrade, now: number): ReviewCard {
  return fromCard(scheduler.next(toCard(note.review, note.createdAt), new Date(now), RATINGS[grade]).card);
}

/** For each grade, how long until the item would come back: shown on the grade buttons. */
export function nextIntervals(note: Note, now: number): Record<ReviewGrade, number> {
  const preview = scheduler.repeat(toCard(note.review, note.createdAt), new Date(now));
  const after = (grade: ReviewGrade) => preview[RATINGS[grade]].card.due.getTime() - now;
  return { again: after('again'), hard: after('hard'), good: after('good'), easy: after('easy') };
}

/** A short human interval: "1 min", "10 min", "3 h", "4 d", "2 mo", "1 y". */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} d`;
  const months = Math.round(days / 30.4);
  if (months < 12) return `${months} mo`;
  return `${Math.round(days / 365)} y`;
}
