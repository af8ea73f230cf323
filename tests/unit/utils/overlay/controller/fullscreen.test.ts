import { afterEach, describe, expect, it, vi } from 'vitest';
import { overlayFullscreen } from '@/utils/overlay/controller/fullscreen';
import { stateWith } from './fakes';

/** Makes `element` the document's fullscreen element (null: none). */
function setFullscreen(element: Element | null) {
  Object.defineProperty(document, 'fullscreenElement', { value: element, configurable: true });
}

afterEach(() => {
  Reflect.deleteProperty(document, 'fullscreenElement');
  Reflect.deleteProperty(document, 'exitFullscreen');
});

/** A click at (x, y) on `target`, the browser's own (isTrusted) or one the page made up. */
function clickAt(target: EventTarget, x: number, y: number, isTrusted = true) {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y });
  if (isTrusted) Object.defineProperty(click, 'isTrusted', { value: true });
  target.dispatchEvent(click);
  return click;
}

function follower() {
  const page = stateWith();
  const place = vi.fn();
  const fullscreen = overlayFullscreen(page.state, place);
  const video = page.state.lecture?.video as HTMLVideoElement;
  return { ...page, place, fullscreen, video };
}

/** The bare video fullscreen, the strip shown over its corner, and exitFullscreen recorded. */
function overBareVideo() {
  const follows = follower();
  const { fullscreen, state, video } = follows;
  const exitFullscreen = vi.fn(async () => undefined);
  Object.defineProperty(document, 'exitFullscreen', { value: exitFullscreen, configurable: true });
  setFullscreen(video);
  fullscreen.follow();
  state.shownBox = { left: 1000, top: 8, width: 200, height: 48 };
  return { ...follows, exitFullscreen };
}

describe('overlayFullscreen', () => {
  it('moves the host into a fullscreen player and back to the root element after', () => {
    const { fullscreen, host, place, video } = follower();
    const player = document.createElement('div');
    document.body.append(player);
    player.append(video);
    setFullscreen(player);
    fullscreen.follow();
    expect(host.moveTo).toHaveBeenLastCalledWith(player);
    expect(host.raise).toHaveBeenCalled();
    expect(place).toHaveBeenCalled();
    setFullscreen(null);
    fullscreen.follow();
    expect(host.moveTo).toHaveBeenLastCalledWith(document.documentElement);
  });

  it('over a bare fullscreen video, turns a click on the overlay into a press in the UI, out of fullscreen', async () => {
    const { fullscreen, posted, video, exitFullscreen } = overBareVideo();
    clickAt(video, 1010, 20);
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'press', x: 10, y: 12 }]));
    expect(exitFullscreen).toHaveBeenCalled();

    // Out of fullscreen, clicks are the page's again.
    setFullscreen(null);
    fullscreen.follow();
    expect(clickAt(video, 1010, 20).defaultPrevented).toBe(false);
    fullscreen.stop();
  });

  it('over a bare fullscreen video, ignores a click the page made up: no press, still fullscreen', async () => {
    const { fullscreen, posted, video, exitFullscreen } = overBareVideo();
    expect(clickAt(video, 1010, 20, false).defaultPrevented).toBe(false);
    expect(exitFullscreen).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(posted).toEqual([]);
    fullscreen.stop();
  });

  it('does nothing before the UI is mounted', () => {
    const { fullscreen, state, host } = follower();
    state.ui = null;
    fullscreen.follow();
    expect(host.moveTo).not.toHaveBeenCalled();
  });
});
