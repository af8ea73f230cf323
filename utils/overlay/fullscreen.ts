/**
 * Where the overlay can live while the page is fullscreen. Chromium and Firefox both make
 * everything outside the fullscreen element inert (measured: `elementFromPoint` over the shown
 * popover returns the video, clicks miss it, and Firefox refuses it focus), even though they paint
 * a popover shown after entering fullscreen above it. So:
 * - `inside`: a player element holding the video is fullscreen (YouTube, video.js, Plyr,
 *   media-chrome): the host moves into it and is shown again, above it and usable;
 * - `bare`: the `<video>` itself is fullscreen (native controls, double-click): it cannot hold
 *   children, so while Lectern needs keys (the note editor, a review prompt) the controller steps
 *   out of fullscreen and goes back in once the student is done (their key or click in the UI is
 *   the user activation that allows it);
 * - `elsewhere`: something without the lecture is fullscreen: the overlay hides;
 * - `page`: nothing is fullscreen (in this document).
 */
export type FullscreenPlan =
  | { kind: 'page' }
  | { kind: 'inside'; container: Element }
  | { kind: 'bare'; element: Element }
  | { kind: 'elsewhere' };

/** The innermost fullscreen element, through open shadow roots (a player's shadow DOM). */
export function deepFullscreenElement(doc: Document): Element | null {
  let element = doc.fullscreenElement;
  while (element?.shadowRoot?.fullscreenElement) element = element.shadowRoot.fullscreenElement;
  return element;
}

/** Whether `node` is `ancestor` or inside it, crossing shadow roots. */
export function containsComposed(ancestor: Node, node: Node | null): boolean {
  let at: Node | null = node;
  while (at) {
    if (at === ancestor) return true;
    // A shadow root (nodeType 11 with a host) continues at its host; checked without instanceof,
    // which fails across Firefox's Xray wrappers.
    at = at.parentNode ?? (at.nodeType === 11 ? ((at as ShadowRoot).host ?? null) : null);
  }
  return false;
}

export function fullscreenPlan(doc: Document, video: Element | null): FullscreenPlan {
  const element = deepFullscreenElement(doc);
  if (!element) return { kind: 'page' };
  if (!video || !containsComposed(element, video)) return { kind: 'elsewhere' };
  if (element === video || element.localName === 'video') return { kind: 'bare', element };
  return { kind: 'inside', container: element };
}

export interface FullscreenSteps {
  /** If the bare video is fullscreen, leaves fullscreen (no user activation needed) and remembers it. */
  stepOut(): Promise<void>;
  /** Goes back into the fullscreen it stepped out of (needs the student's recent key or click). */
  stepBack(): void;
}

export function fullscreenSteps(doc: Document, video: () => Element | null): FullscreenSteps {
  let left: Element | null = null;
  return {
    async stepOut() {
      const plan = fullscreenPlan(doc, video());
      if (plan.kind !== 'bare') return;
      left = plan.element;
      await doc.exitFullscreen().catch(() => undefined);
    },
    stepBack() {
      const element = left;
      left = null;
      if (!element?.isConnected || doc.fullscreenElement) return;
      void element.requestFullscreen().catch(() => undefined);
    },
  };
}
