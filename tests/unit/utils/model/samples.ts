/** Valid model values the schema tests vary one field at a time. */

/** A review card as ts-fsrs leaves it after one grade (utils/review/scheduler.ts). */
export const sampleCard = {
  due: 5,
  stability: 2.5,
  difficulty: 5.1,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
};
