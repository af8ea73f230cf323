import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportWatching } from '@/utils/overlay/watching-reporter';

const watching = { type: 'lecture/watching', payload: { key: 'url:https://lms.example.edu/week-3' } };

describe('telling the background the student watches this lecture', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  function setUp() {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, data: { remembered: true } });
    const video = document.createElement('video');
    const elsewhere = document.createElement('p');
    document.body.append(video, elsewhere);
    const scope = new AbortController();
    reportWatching(video, watching.payload.key, scope.signal);
    return { send, video, elsewhere, scope };
  }

  it('says so when the video plays and when the student presses on it, until the lecture changes', () => {
    const { send, video, elsewhere, scope } = setUp();
    video.dispatchEvent(new Event('play'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenLastCalledWith(watching);
    video.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(send).toHaveBeenCalledTimes(2);
    // In the top page, a press beside the video is not on this lecture.
    elsewhere.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(send).toHaveBeenCalledTimes(2);
    scope.abort();
    video.dispatchEvent(new Event('play'));
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('takes any press in a frame of its own (a player embedded in a course page) as a press on the player', () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
    const { send, elsewhere } = setUp();
    elsewhere.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(send).toHaveBeenLastCalledWith(watching);
  });
});
