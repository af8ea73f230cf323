/**
 * The overlay's place in the page: a host element whose closed shadow root holds the
 * extension-origin iframe with Lectern's UI. The page's scripts see only an empty host element
 * (no shadow root to open, and the iframe's document is another origin); the page's CSS cannot
 * reach inside, and every property that matters on the host is set inline with !important,
 * which no style sheet of the page can override.
 *
 * The host is a `popover="manual"` element shown in the top layer, so neither the page's
 * stacking contexts, transforms nor overflow clip it. In fullscreen, both Chromium and Firefox
 * paint it above the fullscreen element once shown again, but make everything outside the
 * fullscreen element inert (no clicks; Firefox: no focus either): so the controller moves the
 * host into a fullscreen player (`moveTo`) and shows it again (utils/overlay/fullscreen.ts).
 */
import type { Box } from './position';

export interface OverlayHost {
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  /** Places the host (or hides it, with null). */
  place(box: Box | null): void;
  /** Brings the host back to the top of the top layer (after a fullscreen change). */
  raise(): void;
  /**
   * Moves the host under `parent` (a fullscreen player, or back to the root element). Chromium's
   * `moveBefore` keeps the iframe's document; elsewhere the iframe loads again (a new `load`).
   */
  moveTo(parent: Element): void;
  remove(): void;
}

const FIXED =
  'all: initial !important; position: fixed !important; inset: auto !important; margin: 0 !important;' +
  ' padding: 0 !important; border: 0 !important; z-index: 2147483647 !important; overflow: visible !important;' +
  ' background: transparent !important; opacity: 1 !important; transform: none !important; filter: none !important;' +
  ' clip-path: none !important; pointer-events: auto !important; max-width: none !important;' +
  ' max-height: none !important; min-width: 0 !important; min-height: 0 !important; box-sizing: border-box !important;';

const FRAME_STYLE =
  'all: initial !important; display: block !important; width: 100% !important; height: 100% !important;' +
  ' border: 0 !important; margin: 0 !important; padding: 0 !important; visibility: inherit !important;' +
  ' color-scheme: normal !important; background: transparent !important;';

function hostStyle(box: Box | null): string {
  // Hidden but laid out: the UI must keep rendering to measure itself (a display:none iframe
  // does not lay out, so it could never report the size that would show it).
  if (!box) {
    return `${FIXED} display: block !important; visibility: hidden !important; left: 0 !important; top: 0 !important; width: 1px !important; height: 1px !important;`;
  }
  return (
    `${FIXED} display: block !important; visibility: visible !important; left: ${box.left}px !important;` +
    ` top: ${box.top}px !important; width: ${box.width}px !important; height: ${box.height}px !important;`
  );
}

const supportsPopover = (element: HTMLElement) => typeof element.showPopover === 'function';

export function createOverlayHost(frameUrl: string, doc: Document = document): OverlayHost {
  const host = doc.createElement('lectern-overlay');
  host.setAttribute('style', hostStyle(null));
  const shadow = host.attachShadow({ mode: 'closed' });
  const iframe = doc.createElement('iframe');
  iframe.setAttribute('style', FRAME_STYLE);
  iframe.setAttribute('title', 'Lectern notes');
  iframe.setAttribute('allowtransparency', 'true');
  iframe.src = frameUrl;
  shadow.append(iframe);
  if (supportsPopover(host)) host.popover = 'manual';
  doc.documentElement.append(host);

  const show = () => {
    if (!supportsPopover(host) || !host.isConnected) return;
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  };
  let shown = false;
  return {
    host,
    iframe,
    place(box) {
      // A page that rebuilt its player may have taken the host out with it: put it back.
      if (!host.isConnected) doc.documentElement.append(host);
      host.setAttribute('style', hostStyle(box));
      if (box && !shown) show();
      shown = box !== null;
    },
    raise: show,
    moveTo(parent) {
      if (host.parentNode === parent) return;
      const movable = parent as Element & { moveBefore?: (node: Node, child: Node | null) => void };
      try {
        if (typeof movable.moveBefore === 'function') movable.moveBefore(host, null);
        else parent.append(host);
      } catch {
        parent.append(host);
      }
      if (shown) show();
    },
    remove: () => host.remove(),
  };
}
