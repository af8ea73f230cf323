/**
 * Holds a review prompt until the overlay's UI can show it. The UI is an iframe that reports
 * `ready` once its document is connected: on first load, and again each time it loads anew
 * (Firefox reloads it on every move into or out of a fullscreen player). A prompt that comes due
 * before then waits and is shown on `ready`; one already shown is shown again after a reload. If
 * the UI is not ready within `waitMs`, the prompt was never seen: `unseen` reports it, and nothing
 * is recorded as the student's answer (the runner asks again later). Pure: the timer is injected.
 */
import type { PromptAsk } from './runner';

/** How long a due prompt waits for the UI (it loads in well under a second; a reload too). */
export const PROMPT_READY_WAIT_MS = 8000;

export interface PromptGateOptions {
  /** Shows the prompt in the ready UI, or takes it away (null). */
  present(prompt: PromptAsk | null): void;
  /** The UI did not become ready in time: the prompt was never answered there. */
  unseen(prompt: PromptAsk): void;
  /** Starts a timer; returns what cancels it. */
  wait(ms: number, then: () => void): () => void;
  waitMs?: number;
}

export interface PromptGate {
  /** The prompt to show (the video is paused), or null to take it away. */
  show(prompt: PromptAsk | null): void;
  /** The UI's document is connected: show what waits. */
  ready(): void;
  /** The UI's document is loading anew: what is shown waits for the next `ready`. */
  unready(): void;
  /** The student answered: the prompt is gone. */
  settle(): void;
  /** The prompt shown or waiting. */
  current(): PromptAsk | null;
}

export function createPromptGate(options: PromptGateOptions, initiallyReady = false): PromptGate {
  let isReady = initiallyReady;
  let prompt: PromptAsk | null = null;
  let cancelWait: (() => void) | null = null;

  const stopWaiting = () => {
    cancelWait?.();
    cancelWait = null;
  };
  const waitForReady = () => {
    if (cancelWait || !prompt) return;
    const waiting = prompt;
    cancelWait = options.wait(options.waitMs ?? PROMPT_READY_WAIT_MS, () => {
      cancelWait = null;
      if (isReady || prompt !== waiting) return;
      prompt = null;
      options.unseen(waiting);
    });
  };

  return {
    show(next) {
      stopWaiting();
      prompt = next;
      if (isReady || !next) options.present(next);
      else waitForReady();
    },
    ready() {
      isReady = true;
      stopWaiting();
      if (prompt) options.present(prompt);
    },
    unready() {
      isReady = false;
      waitForReady();
    },
    settle() {
      stopWaiting();
      prompt = null;
    },
    current: () => prompt,
  };
}
