/** A note's spaced-repetition card (FSRS, ts-fsrs) in storable form: times in epoch ms. */
import * as v from 'valibot';
import { count, millis } from './fields';

const finite = v.pipe(v.number(), v.finite());

export const ReviewCardSchema = v.strictObject({
  due: millis,
  stability: finite,
  difficulty: finite,
  scheduledDays: v.pipe(finite, v.minValue(0)),
  learningSteps: count,
  reps: count,
  lapses: count,
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: v.picklist([0, 1, 2, 3]),
  lastReview: v.optional(millis),
});
export type ReviewCard = v.InferOutput<typeof ReviewCardSchema>;
