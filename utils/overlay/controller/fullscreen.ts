/**
 * Fullscreen (what to do where: ../fullscreen.ts). On every change the host moves into a
 * fullscreen player, or back to the root element after, and is shown again on top. While the bare
 * video is fullscreen, a click on the overlay over it (inert there, ../bare-clicks.ts) steps out
 * of fullscreen, where the UI is usable, and the UI does what the click would have done (Add note
 * opens the editor as Alt+N does, Notes the panel; saving or closing them goes back in).
 */
import { catchClicksOver } from '../bare-clicks';
import { type FullscreenSteps, fullscreenPlan, fullscreenSteps } from '../fullscreen';
import { type OverlayState, post } from './state';

export interface OverlayFullscreen extends FullscreenSteps {
  /** Follows the page into or out of fullscreen, or the lecture onto a new video. */
  follow(): void;
  /** Stops catching clicks over a bare fullscreen video. */
  stop(): void;
}

export function overlayFullscreen(state: OverlayState, place: () => void): OverlayFullscreen {
  const steps = fullscreenSteps(document, () => state.lecture?.video ?? null);
  /** Catching those clicks: only while the bare video is fullscreen. */
  let bareClicks: AbortController | null = null;

  const pressOverBareVideo = (point: { x: number; y: number }) => {
    void steps.stepOut().then(() => post(state, { type: 'press', ...point }));
  };

  return {
    ...steps,
    follow() {
      const { ui } = state;
      if (!ui) return;
      const plan = fullscreenPlan(document, state.lecture?.video ?? null);
      ui.host.moveTo(plan.kind === 'inside' ? plan.container : document.documentElement);
      ui.host.raise();
      place();
      const { lecture } = state;
      if (plan.kind === 'bare' && !bareClicks && lecture) {
        bareClicks = new AbortController();
        catchClicksOver({
          target: window,
          video: lecture.video,
          box: () => state.shownBox,
          onClick: pressOverBareVideo,
          signal: bareClicks.signal,
        });
      } else if (plan.kind !== 'bare') {
        bareClicks?.abort();
        bareClicks = null;
      }
    },
    stop: () => bareClicks?.abort(),
  };
}
