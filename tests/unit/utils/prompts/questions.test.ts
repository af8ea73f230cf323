import { describe, expect, it } from 'vitest';
import { RECALL_QUESTIONS, recallQuestionFor } from '@/utils/prompts/questions';

describe('recall questions', () => {
  it('rotates through the four questions', () => {
    const asked = [0, 1, 2, 3, 4, 5].map(recallQuestionFor);
    expect(new Set(asked.slice(0, 4)).size).toBe(4);
    expect(asked[4]).toBe(asked[0]);
    expect(asked[5]).toBe(RECALL_QUESTIONS[1]);
    expect(asked[0]).toMatch(/key points/);
  });

  it.each([-1, Number.NaN, 2.7])('gives a question for an odd count (%s)', (count) => {
    expect(RECALL_QUESTIONS).toContain(recallQuestionFor(count));
  });
});
