import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DetectedLecture, type LectureWatcher, watchForLectures } from '@/utils/video/detector';

/** happy-dom has no layout: a video's box comes from its width/height attributes. */
function fakeLayout() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const width = Number(this.getAttribute('width') ?? 0);
    const height = Number(this.getAttribute('height') ?? 0);
    return { x: 0, y: 0, top: 0, left: 0, width, height, right: width, bottom: height, toJSON: () => ({}) } as DOMRect;
  });
}

function lectureVideo(id: string, src = `/media/${id}.webm`): HTMLVideoElement {
  const video = document.createElement('video');
  Object.assign(video, { id, controls: true });
  video.setAttribute('src', src);
  video.setAttribute('width', '800');
  video.setAttribute('height', '450');
  return video;
}

function previewVideo(id: string): HTMLVideoElement {
  const video = lectureVideo(id);
  Object.assign(video, { controls: false, muted: true, autoplay: true, loop: true });
  return video;
}

describe('watchForLectures', () => {
  let watcher: LectureWatcher | undefined;
  let changes: (DetectedLecture | null)[];
  const last = () => changes.at(-1);

  // Fake timers: the scanner's debounced scans run when a test moves the clock. happy-dom delivers
  // MutationObserver records in a microtask, which the async advance lets run first.
  beforeEach(() => {
    vi.useFakeTimers();
    fakeLayout();
    changes = [];
  });
  afterEach(() => {
    watcher?.stop();
    document.body.replaceChildren();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  /** Moves the clock past the detector's longest debounce (250 ms after mutations): any scan asked for has run. */
  const scanned = () => vi.advanceTimersByTimeAsync(300);

  const start = () => {
    watcher = watchForLectures(window, (lecture) => changes.push(lecture));
    return watcher;
  };

  it('finds a lecture already in the page, then one inserted late, then notices it is gone', async () => {
    document.body.append(lectureVideo('first'));
    start();
    await scanned();
    expect(last()?.video.id).toBe('first');
    document.body.replaceChildren(lectureVideo('second'));
    await scanned();
    expect(last()?.video.id).toBe('second');
    document.body.replaceChildren();
    await scanned();
    expect(last()).toBeNull();
  });

  it('never reports a grid of muted autoplay previews, and picks the lecture beside them', async () => {
    document.body.append(previewVideo('p1'), previewVideo('p2'));
    start();
    await vi.advanceTimersByTimeAsync(400);
    expect(changes).toEqual([]);
    const main = lectureVideo('main');
    document.body.append(main);
    // What a browser fires when the video gets its source (happy-dom loads no media).
    main.dispatchEvent(new Event('loadstart'));
    await scanned();
    expect(last()?.video.id).toBe('main');
    expect(changes.every((lecture) => lecture?.video.id === 'main')).toBe(true);
  });

  it('on a page with two players, takes the one the student plays, keeps it once paused, and the one pressed on', async () => {
    const big = lectureVideo('big');
    const small = lectureVideo('small');
    small.setAttribute('width', '320');
    small.setAttribute('height', '180');
    document.body.append(big, small);
    const playing = (video: HTMLVideoElement, isPlaying: boolean) =>
      Object.defineProperty(video, 'paused', { value: !isPlaying, configurable: true });
    const watcher = start();
    await scanned();
    expect(last()?.video.id).toBe('big');
    playing(small, true);
    small.dispatchEvent(new Event('play'));
    await scanned();
    expect(last()?.video.id).toBe('small');
    playing(small, false);
    expect(watcher.rescan()?.video.id).toBe('small');
    big.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await scanned();
    expect(last()?.video.id).toBe('big');
  });

  it('reports again after an SPA navigation with the same video element', async () => {
    const video = lectureVideo('player');
    document.body.append(video);
    start();
    await scanned();
    expect(changes).toHaveLength(1);
    history.pushState({}, '', '/watch?v=BBBBBBBBBBB');
    window.dispatchEvent(new Event('yt-navigate-finish'));
    await scanned();
    expect(changes).toHaveLength(2);
    expect(last()?.video).toBe(video);
  });

  it('finds a late shadow-root player when the student clicks on it, without walking the page on other clicks', async () => {
    start();
    await vi.advanceTimersByTimeAsync(50);
    const player = document.createElement('lecture-player');
    player.attachShadow({ mode: 'open' }).append(lectureVideo('shadowed'));
    document.body.append(player);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await vi.advanceTimersByTimeAsync(200);
    expect(changes).toEqual([]);
    player.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await scanned();
    expect(last()?.video.id).toBe('shadowed');
  });

  it('listens for Navigation API navigations once the student interacted, then walks shadow roots after one', async () => {
    const navigation = new EventTarget();
    const listens = vi.spyOn(navigation, 'addEventListener');
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    try {
      const watcher = start();
      await vi.advanceTimersByTimeAsync(50);
      expect(listens).not.toHaveBeenCalled();
      watcher.interacted();
      watcher.interacted();
      expect(listens).toHaveBeenCalledOnce();
      const player = document.createElement('lecture-player');
      player.attachShadow({ mode: 'open' }).append(lectureVideo('after-push'));
      document.body.append(player);
      history.pushState({}, '', '/lectures/2');
      navigation.dispatchEvent(new Event('navigatesuccess'));
      await scanned();
      expect(last()?.video.id).toBe('after-push');
    } finally {
      Reflect.deleteProperty(window, 'navigation');
    }
  });

  it('finds a late shadow-root player on rescan (the note shortcut in a frame without a lecture)', async () => {
    const watcher = start();
    await vi.advanceTimersByTimeAsync(100);
    const player = document.createElement('lecture-player');
    player.attachShadow({ mode: 'open' }).append(lectureVideo('quiet'));
    document.body.append(player);
    await vi.advanceTimersByTimeAsync(100);
    expect(changes).toEqual([]);
    expect(watcher.rescan()?.video.id).toBe('quiet');
    expect(last()?.video.id).toBe('quiet');
  });

  it("hears a web-component player's re-dispatched media events and looks into its shadow root", async () => {
    start();
    const player = document.createElement('media-player');
    player.attachShadow({ mode: 'open' }).append(lectureVideo('inner'));
    document.body.append(player);
    await vi.advanceTimersByTimeAsync(100);
    expect(changes).toEqual([]);
    player.dispatchEvent(new Event('loadstart'));
    await scanned();
    expect(last()?.video.id).toBe('inner');
    // Its video is then heard directly: a new source is reported.
    const inner = last()?.video as HTMLVideoElement;
    inner.setAttribute('src', '/media/other.webm');
    Object.defineProperty(inner, 'currentSrc', { value: '/media/other.webm' });
    inner.dispatchEvent(new Event('loadstart'));
    await scanned();
    expect(changes).toHaveLength(2);
  });

  it('does no work per mutation before the frame has a video, then watches once one announced itself', async () => {
    const observes = vi.spyOn(MutationObserver.prototype, 'observe');
    start();
    for (let index = 0; index < 20; index++) document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(300);
    expect(observes).not.toHaveBeenCalled();
    const video = lectureVideo('late');
    document.body.append(video);
    video.dispatchEvent(new Event('loadstart'));
    await scanned();
    expect(last()?.video.id).toBe('late');
    expect(observes).toHaveBeenCalledWith(document, { childList: true, subtree: true });
    video.remove();
    await scanned();
    expect(last()).toBeNull();
  });

  it('stops for good when told to', async () => {
    start().stop();
    document.body.append(lectureVideo('late'));
    await vi.advanceTimersByTimeAsync(400);
    expect(changes).toEqual([]);
  });
});
