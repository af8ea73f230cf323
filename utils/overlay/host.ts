/**
 * The overlay's place in the page: a host element whose closed shadow root holds the
 * extension-origin iframe with Lectern's UI. The page's scripts see only an anonymous, empty
 * `<div popover>` (no name, id, class or style attribute of ours; no shadow root to open; the
 * iframe's document is another origin and not even in `window.frames`). The host's own styles
 * are a `:host` rule with !important inside the closed shadow root: for !important declarations
 * the inner (shadow) context beats the page's, so no style sheet of the page overrides them, and
 * the page cannot read them as an attribute (only their computed result).
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

/**
 * Sets the host's style as a `:host` rule inside its shadow root: a constructed style sheet (no
 * page Content-Security-Policy applies to it), or a <style> element where a browser refuses that.
 */
function hostStyleSetter(shadow: ShadowRoot): (declarations: string) => void {
  let write: (css: string) => void;
  try {
    const sheet = new CSSStyleSheet();
    shadow.adoptedStyleSheets = [sheet];
    write = (css) => sheet.replaceSync(css);
  } catch {
    const style = shadow.ownerDocument.createElement('style');
    shadow.append(style);
    write = (css) => {
      style.textContent = css;
    };
  }
  let last = '';
  return (declarations) => {
    if (declarations === last) return;
    last = declarations;
    write(`:host { ${declarations} }`);
  };
}

const supportsPopover = (element: HTMLElement) => typeof element.showPopover === 'function';

export function createOverlayHost(frameUrl: string, doc: Document = document): OverlayHost {
  // A plain div: nothing names Lectern, and a page cannot define or upgrade it as a custom element.
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const setHostStyle = hostStyleSetter(shadow);
  setHostStyle(hostStyle(null));
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
      setHostStyle(hostStyle(box));
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
