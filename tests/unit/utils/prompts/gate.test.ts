import { describe, expect, it, vi } from 'vitest';
import { createPromptGate, PROMPT_READY_WAIT_MS } from '@/utils/prompts/gate';
import type { PromptAsk } from '@/utils/prompts/runner';

const ask = (start: number): PromptAsk => ({
  lectureKey: 'demo',
  segment: [start, start + 60],
  covered: [[start, start + 60]],
  question: 'What were the key points?',
});

/** A gate with recorded effects and a hand-driven timer. */
function gate(ready = false) {
  const presented: (PromptAsk | null)[] = [];
  const unseen = vi.fn();
  const timers: { ms: number; then: () => void; cancelled: boolean }[] = [];
  const prompts = createPromptGate(
    {
      present: (prompt) => presented.push(prompt),
      unseen,
      wait(ms, then) {
        const timer = { ms, then, cancelled: false };
        timers.push(timer);
        return () => {
          timer.cancelled = true;
        };
      },
    },
    ready,
  );
  const fire = () => {
    for (const timer of timers.splice(0)) if (!timer.cancelled) timer.then();
  };
  const live = () => timers.filter((timer) => !timer.cancelled);
  return { prompts, presented, unseen, fire, live };
}

describe('prompt gate', () => {
  it('shows a prompt at once when the UI is ready', () => {
    const { prompts, presented, live } = gate(true);
    prompts.show(ask(0));
    expect(presented).toEqual([ask(0)]);
    expect(live()).toHaveLength(0);
  });

  it('holds a prompt due before the UI is ready, and shows it on ready (nothing answered for the student)', () => {
    const { prompts, presented, unseen, live } = gate();
    prompts.show(ask(0));
    expect(presented).toEqual([]);
    expect(live().map((timer) => timer.ms)).toEqual([PROMPT_READY_WAIT_MS]);
    prompts.ready();
    expect(presented).toEqual([ask(0)]);
    expect(live()).toHaveLength(0);
    expect(unseen).not.toHaveBeenCalled();
    expect(prompts.current()).toEqual(ask(0));
  });

  it('reports the prompt unseen when the UI never becomes ready in time, and forgets it', () => {
    const { prompts, presented, unseen, fire } = gate();
    prompts.show(ask(0));
    fire();
    expect(unseen).toHaveBeenCalledWith(ask(0));
    expect(prompts.current()).toBeNull();
    prompts.ready();
    expect(presented).toEqual([]);
  });

  it('shows a shown prompt again after the UI reloads (a fullscreen move in Firefox)', () => {
    const { prompts, presented, unseen, live } = gate(true);
    prompts.show(ask(60));
    prompts.unready();
    expect(live()).toHaveLength(1);
    prompts.ready();
    expect(presented).toEqual([ask(60), ask(60)]);
    expect(live()).toHaveLength(0);
    expect(unseen).not.toHaveBeenCalled();
  });

  it('gives up on a shown prompt whose UI reloads and never comes back', () => {
    const { prompts, unseen, fire } = gate(true);
    prompts.show(ask(60));
    prompts.unready();
    fire();
    expect(unseen).toHaveBeenCalledWith(ask(60));
  });

  it('takes a waiting prompt away (null) without reporting it, and shows nothing on ready', () => {
    const { prompts, presented, unseen, fire } = gate();
    prompts.show(ask(0));
    prompts.show(null);
    fire();
    prompts.ready();
    expect(unseen).not.toHaveBeenCalled();
    expect(presented).toEqual([null]);
  });

  it('forgets an answered prompt: a reload shows nothing and no timer runs', () => {
    const { prompts, presented, live } = gate(true);
    prompts.show(ask(0));
    prompts.settle();
    prompts.unready();
    expect(live()).toHaveLength(0);
    prompts.ready();
    expect(presented).toEqual([ask(0)]);
  });

  it('does not report a later prompt unseen when an earlier one’s timer fires', () => {
    const { prompts, unseen, fire, live } = gate();
    prompts.show(ask(0));
    prompts.settle();
    prompts.show(ask(60));
    expect(live()).toHaveLength(1);
    fire();
    expect(unseen).toHaveBeenCalledTimes(1);
    expect(unseen).toHaveBeenCalledWith(ask(60));
  });
});
