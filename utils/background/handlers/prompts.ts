import type { DomainHandlers } from '../../messaging';
import { getPromptOutcomes, recordPromptOutcome, saveRecallAnswer } from '../../prompt-outcomes';
import type { promptRequests } from '../../protocol/prompts';

export const promptHandlers: DomainHandlers<keyof typeof promptRequests> = {
  'prompts/history': async ({ lectureKey }) => ({ outcomes: await getPromptOutcomes(lectureKey) }),
  'prompts/answer': (answer) => saveRecallAnswer(answer, Date.now()),
  'prompts/outcome': async ({ lectureKey, outcome, covered }) => ({
    outcomes: await recordPromptOutcome(lectureKey, outcome, covered, Date.now()),
  }),
};
