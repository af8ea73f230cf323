/**
 * Clicks on the overlay over a bare fullscreen `<video>`. Both browsers make everything outside a
 * fullscreen `<video>` inert (utils/overlay/fullscreen.ts): the overlay is painted above it, but a
 * press there goes to the video. While the bare video is fullscreen, the controller listens here
 * (added in that state, removed with `signal` after) and hands a click inside the overlay's box to
 * `onClick`, as a point in the overlay's own coordinates. Two ways, measured:
 * - Chromium (and Firefox for a video without `controls`): the press reaches the page's window;
 *   caught in the capture phase, it is kept from the page and the video (no play/pause toggle).
 * - Firefox, `<video controls>`: its controls take every press on the video, and no pointerdown,
 *   mousedown or click reaches any listener of the page (a content script's included); pointer
 *   moves still do. The click shows only as what the controls do with it: the video plays or
 *   pauses, with the student's fresh user activation. So a toggle while the pointer rests over the
 *   box, with a fresh activation and no key just pressed, was a click on the overlay: the toggle
 *   is undone and the click reported.
 * Only the browser's own events count (`isTrusted`): a press, move or play/pause the page makes up
 * is ignored, so a page cannot click inside Lectern (and the UI presses only Add note and Notes,
 * utils/overlay/press-at.ts).
 */
import type { Box } from './position';

/** Everything a mouse, pen or touch press sends to the element under it. */
const KEPT_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
];
/** A play/pause this soon (ms) after a key or after a caught click is not a click on the overlay. */
const QUIET_MS = 800;

export interface BareClickOptions {
  /** Where presses and moves are listened for (the window). */
  target: EventTarget;
  /** The fullscreen video. */
  video: HTMLMediaElement;
  /** The overlay's box in the viewport, or null while hidden. */
  box(): Box | null;
  onClick(point: { x: number; y: number }): void;
  /** Whether the page has the student's fresh user activation (navigator.userActivation). */
  isActivated?(): boolean;
  signal: AbortSignal;
}

export function isInside(box: Box, x: number, y: number): boolean {
  return x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
}

const pageIsActivated = () =>
  (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? false;

export function catchClicksOver(options: BareClickOptions): void {
  const { target, video, box, onClick, signal } = options;
  const isActivated = options.isActivated ?? pageIsActivated;
  let pointer: { x: number; y: number } | null = null;
  /** When (event time) a key went down, or the last click on the overlay was handled. */
  let quietSince = Number.NEGATIVE_INFINITY;
  const listen = (on: EventTarget, type: string, listener: (event: Event) => void) =>
    on.addEventListener(type, listener, { capture: true, signal });

  const onPress = (event: Event) => {
    if (!event.isTrusted) return;
    const { clientX, clientY } = event as MouseEvent;
    const area = box();
    if (!area || typeof clientX !== 'number' || !isInside(area, clientX, clientY)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'click') return;
    quietSince = event.timeStamp;
    onClick({ x: clientX - area.left, y: clientY - area.top });
  };
  for (const type of KEPT_EVENTS) listen(target, type, onPress);

  const onMove = (event: Event) => {
    if (!event.isTrusted) return;
    const { clientX, clientY } = event as MouseEvent;
    pointer = typeof clientX === 'number' ? { x: clientX, y: clientY } : null;
  };
  listen(target, 'pointermove', onMove);
  listen(target, 'mousemove', onMove);
  listen(target, 'keydown', (event) => {
    quietSince = event.timeStamp;
  });

  const onToggle = (event: Event) => {
    if (!event.isTrusted) return;
    const area = box();
    if (!area || !pointer || !isInside(area, pointer.x, pointer.y)) return;
    if (event.timeStamp - quietSince < QUIET_MS || !isActivated()) return;
    quietSince = event.timeStamp;
    if (event.type === 'pause') void video.play()?.catch(() => undefined);
    else video.pause();
    onClick({ x: pointer.x - area.left, y: pointer.y - area.top });
  };
  listen(video, 'play', onToggle);
  listen(video, 'pause', onToggle);
}
