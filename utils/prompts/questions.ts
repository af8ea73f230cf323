/**
 * The recall questions a review prompt asks, one at a time, in turn. Each is a retrieval or
 * elaboration cue with evidence behind it: free recall of key points, explaining to someone
 * else (self-explanation), noticing what is still unclear, and predicting what comes next.
 */
export const RECALL_QUESTIONS = [
  'Summarise the key points of this part in your own words.',
  'Explain this part to a friend who missed it.',
  'What question do you still have about this part?',
  'What do you think comes next, and why?',
] as const;

/** The question for a lecture's nth prompt (0-based): the set rotates. */
export function recallQuestionFor(promptNumber: number): string {
  const index = Math.abs(Math.trunc(Number.isFinite(promptNumber) ? promptNumber : 0)) % RECALL_QUESTIONS.length;
  return RECALL_QUESTIONS[index] ?? RECALL_QUESTIONS[0];
}
