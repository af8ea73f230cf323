import { afterEach, describe, expect, it, vi } from 'vitest';
import { overlayPrompts } from '@/utils/overlay/controller/prompts';
import type { ReviewPrompts } from '@/utils/prompts/page';
import { fakeSteps, stateWith } from './fakes';

const prompt = { lectureKey: 'k', segment: [0, 62] as [number, number], covered: [], question: 'Why?' };

function promptsOver(ready = true) {
  const page = stateWith(undefined, ready);
  const steps = fakeSteps();
  const place = vi.fn();
  const review = { setEditorOpen: vi.fn(), answer: vi.fn() } satisfies ReviewPrompts;
  page.state.review = review;
  const prompts = overlayPrompts(page.state, place, steps);
  return { ...page, steps, place, review, prompts };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('overlayPrompts', () => {
  it('shows a prompt in the ready UI, out of a bare fullscreen, with focus', async () => {
    const { prompts, steps, place, posted, host } = promptsOver();
    const focus = vi.spyOn(host.iframe, 'focus');
    prompts.ready();
    prompts.show(prompt);
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'review-prompt', prompt }]));
    expect(steps.stepOut).toHaveBeenCalled();
    expect(place).toHaveBeenCalled();
    expect(focus).toHaveBeenCalled();
    expect(prompts.current()).toBe(prompt);
  });

  it('on the answer: records it, gives focus back to the page and steps back into fullscreen', async () => {
    const { prompts, review, steps, posted } = promptsOver();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    prompts.ready();
    prompts.show(prompt);
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    field.blur();
    prompts.answered('answered');
    expect(review.answer).toHaveBeenCalledWith('answered');
    expect(prompts.current()).toBeNull();
    expect(document.activeElement).toBe(field);
    expect(steps.stepBack).toHaveBeenCalled();
  });

  it('waits for the UI, and reports the prompt unseen if it never gets ready', () => {
    vi.useFakeTimers();
    const { prompts, review, posted } = promptsOver(false);
    prompts.show(prompt);
    expect(posted).toEqual([]);
    vi.advanceTimersByTime(8000);
    expect(review.answer).toHaveBeenCalledWith('unseen');
    expect(prompts.current()).toBeNull();
  });

  it('takes a prompt away', () => {
    const { prompts, place, posted } = promptsOver();
    prompts.ready();
    prompts.show(null);
    expect(place).toHaveBeenCalled();
    expect(posted).toEqual([{ type: 'review-prompt', prompt: null }]);
  });
});
