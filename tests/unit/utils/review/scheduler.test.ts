import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/model/notes';
import { formatInterval, gradeReview, isDue, nextIntervals, reviewItemKind } from '@/utils/review/scheduler';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 10, 1, 9);

const item = (extra: Partial<Note> = {}): Note => ({
  id: 'q',
  lectureKey: 'a',
  time: 60,
  kind: 'question',
  text: 'Why?',
  tags: [],
  reviewDue: T0,
  createdAt: T0,
  updatedAt: T0,
  ...extra,
});

describe('review items', () => {
  it.each<[Partial<Note>, string | null]>([
    [{ kind: 'question' }, 'question'],
    [{ kind: 'recall', confidence: 'got' }, 'recall'],
    [{ kind: 'recall' }, 'recall'],
    [{ kind: 'recall', confidence: 'lost', segment: [0, 60] }, 'segment'],
    [{ kind: 'note' }, null],
    [{ kind: 'bookmark' }, null],
  ])('%j is a %s item', (extra, kind) => {
    expect(reviewItemKind(item(extra))).toBe(kind);
  });

  it('is due once its time has come', () => {
    expect(isDue(item(), T0)).toBe(true);
    expect(isDue(item(), T0 - 1)).toBe(false);
    expect(isDue(item({ reviewDue: undefined }), T0)).toBe(false);
  });
});

describe('FSRS scheduling', () => {
  it('brings a new item back sooner after Again than Hard, Good and Easy', () => {
    const intervals = nextIntervals(item(), T0);
    expect(intervals.again).toBeLessThan(intervals.hard);
    expect(intervals.hard).toBeLessThanOrEqual(intervals.good);
    expect(intervals.good).toBeLessThan(intervals.easy);
    expect(intervals.again).toBeLessThan(DAY);
    expect(intervals.easy).toBeGreaterThanOrEqual(DAY);
  });

  it('grows the interval with each Good, and shrinks it after a lapse', () => {
    let note = item();
    let now = T0;
    const gaps: number[] = [];
    for (let review = 0; review < 5; review++) {
      const card = gradeReview(note, 'good', now);
      gaps.push(card.due - now);
      note = { ...note, review: card, reviewDue: card.due };
      now = card.due;
    }
    for (let i = 2; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] as number);
    expect(gaps[4]).toBeGreaterThan(7 * DAY);
    const lapse = gradeReview(note, 'again', now);
    expect(lapse.due - now).toBeLessThan(DAY);
    expect(lapse.lapses).toBe(1);
    expect(lapse.reps).toBe(6);
  });

  it('is deterministic: the same history gives the same schedule', () => {
    expect(gradeReview(item(), 'hard', T0)).toEqual(gradeReview(item(), 'hard', T0));
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '1 min'],
    [10 * 60_000, '10 min'],
    [3 * 3600_000, '3 h'],
    [4 * DAY, '4 d'],
    [61 * DAY, '2 mo'],
    [400 * DAY, '1 y'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatInterval(ms)).toBe(text);
  });
});
