import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { startAlwaysOn } from '@/utils/video/always-on';

/** happy-dom has no layout: a video's box comes from its width/height attributes. */
function lectureVideo(): HTMLVideoElement {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    width: 800,
    height: 450,
    right: 800,
    bottom: 450,
    toJSON: () => ({}),
  } as DOMRect);
  const video = document.createElement('video');
  video.controls = true;
  video.setAttribute('src', '/media/lecture.webm');
  return video;
}

describe('the always-on script', () => {
  let stop: (() => void) | undefined;
  let valid: boolean;
  const ctx = {
    get isValid() {
      return valid;
    },
  };
  const sent = () =>
    vi.mocked(browser.runtime.sendMessage).mock.calls.map(([message]) => (message as unknown as { type: string }).type);

  beforeEach(() => {
    // The scanner's debounce runs on the fake clock: a test moves time past it instead of sleeping.
    vi.useFakeTimers();
    valid = true;
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: {} } as never);
  });
  afterEach(() => {
    stop?.();
    document.body.replaceChildren();
    // The hand-off shared with the lecture-frame scripts (detection-state.ts, frame-shared.ts).
    Reflect.deleteProperty(globalThis, Symbol.for('lectern.detection'));
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('asks the background for the lecture tools the first time its frame has a lecture', async () => {
    stop = startAlwaysOn(ctx);
    const video = lectureVideo();
    document.body.append(video);
    video.dispatchEvent(new Event('loadstart'));
    await vi.waitFor(() => expect(sent()).toEqual(['lecture/detected']));
  });

  it('does nothing once an extension update orphaned it, and never again', async () => {
    stop = startAlwaysOn(ctx);
    valid = false;
    const video = lectureVideo();
    document.body.append(video);
    video.dispatchEvent(new Event('loadstart'));
    await vi.advanceTimersByTimeAsync(300);
    valid = true;
    video.dispatchEvent(new Event('play'));
    await vi.advanceTimersByTimeAsync(300);
    expect(sent()).toEqual([]);
  });

  it('takes the note shortcut from the page while valid, and lets every key through once orphaned', async () => {
    const altN = () => {
      const event = new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, bubbles: true, cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true }); // as the student's key press is
      document.body.dispatchEvent(event);
      return event;
    };
    stop = startAlwaysOn(ctx);
    expect(altN().defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(sent()).toEqual(['lecture/open-editor']));
    valid = false;
    expect(altN().defaultPrevented).toBe(false);
    expect(sent()).toEqual(['lecture/open-editor']);
  });

  it.each([
    ['the site', 'lms.example.edu'],
    ['a site it is a subdomain of', 'example.edu'],
  ])('stays off on %s listed as disabled: no lecture tools, the shortcut left to the page', async (_what, site) => {
    const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
    happyDOM.setURL('https://lms.example.edu/course/1');
    try {
      await browser.storage.local.set({ disabledSites: [site] });
      stop = startAlwaysOn(ctx);
      const video = lectureVideo();
      document.body.append(video);
      video.dispatchEvent(new Event('loadstart'));
      await vi.advanceTimersByTimeAsync(300);
      const event = new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, bubbles: true, cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      document.body.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
      expect(sent()).toEqual([]);
    } finally {
      happyDOM.setURL('http://localhost:3000/');
    }
  });

  it('dispatches no DOM event a page could hear when it starts', () => {
    const heard = vi.fn();
    const dispatch = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    document.addEventListener('lectern:lecture:content-script-started', heard);
    stop = startAlwaysOn(ctx);
    expect(dispatch).not.toHaveBeenCalled();
    expect(heard).not.toHaveBeenCalled();
  });
});
