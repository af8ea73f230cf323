import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchClicksOver, isInside } from '@/utils/overlay/bare-clicks';

const STRIP = { left: 1000, top: 8, width: 200, height: 48 };

/** `event` as the browser's own (happy-dom has no isTrusted; a page cannot set it in a browser). */
function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** Each test's listening, ended after it (the window outlives the test). */
let listening = new AbortController();
afterEach(() => {
  listening.abort();
  listening = new AbortController();
});

/** A fullscreen video that the page listens to (as a player's click-to-pause would). */
function page() {
  document.body.innerHTML = '<video></video>';
  const video = document.querySelector('video') as HTMLVideoElement;
  const heard: string[] = [];
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick']) {
    video.addEventListener(type, () => heard.push(type));
  }
  const press = (
    x: number,
    y: number,
    types = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'],
    made = trusted<MouseEvent>,
  ) =>
    types.map((type) => {
      const event = made(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y }));
      video.dispatchEvent(event);
      return event.defaultPrevented;
    });
  return { video, heard, press };
}

/** Listens over `video` as the controller does, with `box` and the page's activation. */
function listenOver(video: HTMLVideoElement, box: () => typeof STRIP | null, isActivated = () => false) {
  const onClick = vi.fn();
  catchClicksOver({ target: window, video, box, onClick, isActivated, signal: listening.signal });
  return onClick;
}

describe('isInside', () => {
  it.each([
    [1000, 8, true],
    [1199, 55, true],
    [1200, 20, false],
    [1100, 56, false],
    [999, 20, false],
  ])('(%d, %d) → %s', (x, y, inside) => {
    expect(isInside(STRIP, x, y)).toBe(inside);
  });
});

describe('catchClicksOver', () => {
  it('keeps a press inside the box from the video and reports the click in the box’s coordinates', () => {
    const { video, heard, press } = page();
    const onClick = listenOver(video, () => STRIP);
    expect(press(1020, 23)).toEqual([true, true, true, true, true]);
    expect(heard).toEqual([]);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onClick).toHaveBeenCalledWith({ x: 20, y: 15 });
    press(1020, 23, ['dblclick']);
    expect(heard).toEqual([]);
  });

  it('lets presses elsewhere on the video through, and everything once the box is hidden', () => {
    const { video, heard, press } = page();
    let box: typeof STRIP | null = STRIP;
    const onClick = listenOver(video, () => box);
    press(500, 300, ['click']);
    box = null;
    press(1020, 23, ['click']);
    expect(heard).toEqual(['click', 'click']);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('ignores presses the page makes up (not isTrusted): they reach the page, and nothing is reported', () => {
    const { video, heard, press } = page();
    const onClick = listenOver(video, () => STRIP);
    expect(press(1020, 23, ['mousedown', 'click'], (event) => event)).toEqual([false, false]);
    expect(heard).toEqual(['mousedown', 'click']);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('stops listening when its signal aborts (the video left fullscreen)', () => {
    const { video, heard, press } = page();
    const onClick = listenOver(video, () => STRIP);
    listening.abort();
    expect(press(1020, 23, ['click'])).toEqual([false]);
    expect(heard).toEqual(['click']);
    expect(onClick).not.toHaveBeenCalled();
  });

  describe('Firefox: the controls take the press, and only a play or pause shows it', () => {
    /** A `<video controls>` whose controls toggle it on a press the page never hears. */
    function controlled() {
      const { video } = page();
      let paused = false;
      Object.defineProperty(video, 'paused', { get: () => paused });
      video.play = vi.fn(async () => {
        paused = false;
        video.dispatchEvent(trusted(new Event('play')));
      });
      video.pause = vi.fn(() => {
        paused = true;
        video.dispatchEvent(trusted(new Event('pause')));
      });
      const moveTo = (x: number, y: number, made = trusted<MouseEvent>) =>
        window.dispatchEvent(made(new MouseEvent('pointermove', { clientX: x, clientY: y })));
      return { video, moveTo, isPaused: () => paused };
    }

    it('a toggle with the pointer over the box and a fresh activation: undone, and reported as a click', async () => {
      const { video, moveTo, isPaused } = controlled();
      const onClick = listenOver(
        video,
        () => STRIP,
        () => true,
      );
      moveTo(1030, 20);
      video.pause(); // what the controls do with the click
      await vi.waitFor(() => expect(isPaused()).toBe(false));
      expect(onClick).toHaveBeenCalledTimes(1);
      expect(onClick).toHaveBeenCalledWith({ x: 30, y: 12 });
    });

    it.each([
      ['the pointer is elsewhere', { x: 400, y: 300 }, true, false],
      ['there is no activation (a script paused it)', { x: 1030, y: 20 }, false, false],
      ['a key was just pressed (space)', { x: 1030, y: 20 }, true, true],
    ])('not when %s', (_, at, activated, key) => {
      const { video, moveTo, isPaused } = controlled();
      const onClick = listenOver(
        video,
        () => STRIP,
        () => activated,
      );
      moveTo(at.x, at.y);
      if (key) window.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: ' ' })));
      video.pause();
      expect(isPaused()).toBe(true);
      expect(onClick).not.toHaveBeenCalled();
    });

    it('not when the page made up the pointer over the box, or the play/pause itself', () => {
      const { video, moveTo, isPaused } = controlled();
      const onClick = listenOver(
        video,
        () => STRIP,
        () => true,
      );
      moveTo(1030, 20, (event) => event);
      video.pause();
      expect(isPaused()).toBe(true);
      moveTo(1030, 20);
      video.dispatchEvent(new Event('play'));
      expect(isPaused()).toBe(true);
      expect(onClick).not.toHaveBeenCalled();
    });

    it('undoing the toggle is not taken for another click', async () => {
      const { video, moveTo } = controlled();
      const onClick = listenOver(
        video,
        () => STRIP,
        () => true,
      );
      moveTo(1030, 20);
      video.pause();
      await vi.waitFor(() => expect(video.play).toHaveBeenCalled());
      expect(onClick).toHaveBeenCalledTimes(1);
    });
  });
});
