/** Review prompt messages (overlay → background). Part of the protocol in ../messaging.ts. */
import * as v from 'valibot';
import type { Note, PromptOutcomes } from '../db/database';
import { nonEmpty, seconds } from './schema-parts';

/** A segment of video time, start before end. */
const segment = v.pipe(
  v.strictTuple([seconds, seconds]),
  v.check(([start, end]) => start < end, 'a segment must start before it ends'),
);
const covered = v.pipe(v.array(segment), v.maxLength(1000));
const lectureKey = nonEmpty(2048);

export const promptRequests = {
  /** What was prompted on earlier visits (never prompted again) and the counts. */
  'prompts/history': v.strictObject({ lectureKey }),
  /** The student saved an answer: a recall note with its segment and confidence. */
  'prompts/answer': v.strictObject({
    lectureKey,
    segment,
    covered,
    text: nonEmpty(10_000),
    confidence: v.nullable(v.picklist(['got', 'shaky', 'lost'])),
  }),
  /** The student skipped or snoozed a prompt. */
  'prompts/outcome': v.strictObject({ lectureKey, outcome: v.picklist(['skipped', 'snoozed']), covered }),
} as const;

export interface PromptResponses {
  /** `pageSite`: the host name of the tab's page (the LMS around an embedded player), if known. */
  'prompts/history': { outcomes: PromptOutcomes; pageSite: string | null };
  'prompts/answer': { note: Note; outcomes: PromptOutcomes | null };
  'prompts/outcome': { outcomes: PromptOutcomes | null };
}
