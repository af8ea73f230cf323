/**
 * Review prompts in the overlay (asked by ../../prompts/page.ts): the dialog is shown in the UI,
 * over the whole video, and takes focus, out of a bare video's fullscreen; one due before the UI
 * is ready waits for it (../../prompts/gate.ts). Once the student closes it, focus goes back where
 * it was in the page, and the video back into the fullscreen it left.
 */

import { createPromptGate, type PromptGate } from '../../prompts/gate';
import type { PromptChoice } from '../../prompts/runner';
import type { FullscreenSteps } from '../fullscreen';
import { deepActiveElement, giveFocusBack } from '../page-focus';
import { type OverlayState, post } from './state';

export interface OverlayPrompts extends PromptGate {
  /** The student closed the prompt (the UI saved the answer itself). */
  answered(choice: PromptChoice): void;
}

export function overlayPrompts(state: OverlayState, place: () => void, steps: FullscreenSteps): OverlayPrompts {
  /** Where focus was in the page when the prompt came. */
  let promptFocus: Element | null = null;
  const gate = createPromptGate({
    present: async (shown) => {
      const { ui } = state;
      if (shown && ui) {
        promptFocus ??= deepActiveElement();
        await steps.stepOut();
        if (gate.current() !== shown || !ui.ready) return;
        place();
        ui.host.iframe.focus();
      } else {
        promptFocus = null;
        place();
      }
      post(state, { type: 'review-prompt', prompt: shown });
    },
    unseen: () => state.review?.answer('unseen'),
    wait: (ms, then) => {
      const timer = setTimeout(then, ms);
      return () => clearTimeout(timer);
    },
  });

  return {
    ...gate,
    answered(choice) {
      gate.settle();
      state.review?.answer(choice);
      place();
      if (state.ui) giveFocusBack(state.ui.host.iframe, promptFocus);
      promptFocus = null;
      steps.stepBack();
    },
  };
}
