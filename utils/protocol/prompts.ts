/** Review prompt messages (overlay → background). Part of the protocol in ./messages.ts. */
import * as v from 'valibot';
import { SegmentSchema } from '../model/fields';
import { LectureKeySchema, type PromptOutcomes } from '../model/lectures';
import { ConfidenceSchema, type Note, NoteTextSchema } from '../model/notes';
import { fromLectureFrame, fromPages, type SenderRule } from './senders';

/** The video time a prompt settles (utils/prompts/scheduler.ts). */
const covered = v.pipe(v.array(SegmentSchema), v.maxLength(1000));

export const promptRequests = {
  /** What was prompted on earlier visits (never prompted again) and the counts. */
  'prompts/history': v.strictObject({ lectureKey: LectureKeySchema }),
  /** The student saved an answer: a recall note with its segment and confidence. */
  'prompts/answer': v.strictObject({
    lectureKey: LectureKeySchema,
    segment: SegmentSchema,
    covered,
    text: NoteTextSchema,
    confidence: v.nullable(ConfidenceSchema),
  }),
  /** The student skipped or snoozed a prompt. */
  'prompts/outcome': v.strictObject({
    lectureKey: LectureKeySchema,
    outcome: v.picklist(['skipped', 'snoozed']),
    covered,
  }),
} as const;

export interface PromptResponses {
  /** `pageSite`: the host name of the tab's page (the LMS around an embedded player), if known. */
  'prompts/history': { outcomes: PromptOutcomes; pageSite: string | null };
  'prompts/answer': { note: Note; outcomes: PromptOutcomes | null };
  'prompts/outcome': { outcomes: PromptOutcomes | null };
}

/** Who may send each (./senders.ts): the runner in the lecture's frame; the answer from the overlay's iframe. */
export const promptSenders = {
  'prompts/history': fromLectureFrame('lectureKey'),
  'prompts/answer': fromPages,
  'prompts/outcome': fromLectureFrame('lectureKey'),
} satisfies Record<keyof typeof promptRequests, SenderRule>;
