import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ReviewCardSchema } from '@/utils/model/review-card';
import { sampleCard } from './samples';

describe('ReviewCardSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a card', sampleCard, true],
    ['a card graded before', { ...sampleCard, lastReview: 4 }, true],
    ['a new card', { ...sampleCard, state: 0, reps: 0, scheduledDays: 0 }, true],
    ['missing fields', { due: 123, stability: 2.5 }, false],
    ['an unknown state', { ...sampleCard, state: 4 }, false],
    ['fractional reps', { ...sampleCard, reps: 1.5 }, false],
    ['negative scheduled days', { ...sampleCard, scheduledDays: -1 }, false],
    ['an infinite stability', { ...sampleCard, stability: Number.POSITIVE_INFINITY }, false],
    ['a due time as a date string', { ...sampleCard, due: '2026-11-25' }, false],
    ['an extra field', { ...sampleCard, elapsedDays: 1 }, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(v.safeParse(ReviewCardSchema, value).success).toBe(accepted);
  });
});
