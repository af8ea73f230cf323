/** Focus timer sessions as the library keeps them (utils/timer/ makes them). */
import * as v from 'valibot';
import { count, millis, RecordIdSchema } from './fields';
import { LectureKeySchema } from './lectures';

export const SessionPhaseSchema = v.picklist(['focus', 'shortBreak', 'longBreak']);
export type SessionPhase = v.InferOutput<typeof SessionPhaseSchema>;

export const SessionOutcomeSchema = v.picklist(['completed', 'skipped', 'stopped', 'interrupted']);
export type SessionOutcome = v.InferOutput<typeof SessionOutcomeSchema>;

export const FocusSessionSchema = v.strictObject({
  id: RecordIdSchema,
  phase: SessionPhaseSchema,
  plannedMs: millis,
  /** Time actually counted (pauses excluded). */
  activeMs: millis,
  startedAt: millis,
  endedAt: millis,
  outcome: SessionOutcomeSchema,
  lectureKeys: v.array(LectureKeySchema),
  noteCount: count,
});
export type FocusSession = v.InferOutput<typeof FocusSessionSchema>;
