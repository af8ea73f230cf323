import { getPromptOutcomes, recordPromptOutcome, saveRecallAnswer } from '../../db/prompt-outcomes';
import type { DomainHandlers } from '../../protocol/messages';
import type { promptRequests } from '../../protocol/prompts';

/** The host name of a page address, or null (no tab, not a web page). */
function siteOf(href: string | undefined): string | null {
  try {
    const url = new URL(href ?? '');
    return /^https?:$/.test(url.protocol) ? url.hostname : null;
  } catch {
    return null;
  }
}

export const promptHandlers: DomainHandlers<keyof typeof promptRequests> = {
  // The tab's site too: prompts switched off for an LMS stay off in the player it embeds.
  'prompts/history': async ({ lectureKey }, sender) => ({
    outcomes: await getPromptOutcomes(lectureKey),
    pageSite: siteOf(sender.tab?.url),
  }),
  'prompts/answer': (answer) => saveRecallAnswer(answer, Date.now()),
  'prompts/outcome': async ({ lectureKey, outcome, covered }) => ({
    outcomes: await recordPromptOutcome(lectureKey, outcome, covered, Date.now()),
  }),
};
