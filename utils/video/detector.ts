/**
 * The always-on detector's watcher: finds the lecture video of a frame and reports when it
 * changes, at next to no cost on pages without one (see README.md in this folder).
 *
 * - No polling. At most one pending timer. A DOM mutation only schedules a cheap check; media
 *   events (loadstart, emptied, durationchange, play, volumechange, in the capture phase: a
 *   video announces itself when it gets a source), navigation signals (popstate, the Navigation
 *   API, YouTube's `yt-navigate-finish`) and clicks schedule a full scan. The first scan waits for
 *   DOMContentLoaded: a page's own markup, players included, is there by then.
 * - The cheap check after mutations: did the URL change, did the lecture's video leave the page?
 *   Only then, or at most every 2 s while the page keeps mutating, it looks at the videos in the
 *   light DOM (a live list) and in shadow roots already known to hold videos.
 * - The deep walk through every element's shadow root runs on the first scan, after navigation
 *   signals, clicks and media events re-dispatched by a web-component player's host, and
 *   otherwise at most once per doubling interval (5 s … 60 s) while the page keeps mutating.
 * - Videos are measured (one layout read each) only when the set of videos changed or an event
 *   asked for it.
 */
import { chooseLecture } from './choose-lecture';
import { findVideosDeep, findVideosShallow } from './find-videos';
import { shadowRootOf } from './shadow-root';
import { measureVideo } from './video-facts';

export interface DetectedLecture {
  video: HTMLVideoElement;
  companions: HTMLVideoElement[];
}

const MEDIA_EVENTS = ['loadstart', 'emptied', 'durationchange', 'play', 'volumechange'];
/** Fired at the window itself; `yt-navigate-finish` is caught in the capture phase from any node. */
const NAVIGATION_EVENTS = ['popstate', 'hashchange'];
const AFTER_MUTATION_MS = 250;
const AFTER_EVENT_MS = 60;
const LIGHT_SCAN_GAP_MS = 2000;
const FIRST_DEEP_GAP_MS = 5000;
const MAX_DEEP_GAP_MS = 60_000;

/** What identifies "the same lecture" between scans: the video, its source, the page. */
function signatureOf(win: Window, lecture: DetectedLecture | null): string {
  if (!lecture) return '';
  const { video, companions } = lecture;
  return [win.location.href, video.currentSrc, Number.isFinite(video.duration), companions.length].join('\n');
}

export function watchForLectures(
  win: Window,
  signal: AbortSignal,
  onChange: (lecture: DetectedLecture | null) => void,
): () => void {
  const doc = win.document;
  let knownRoots: ShadowRoot[] = [];
  let lastVideos: HTMLVideoElement[] = [];
  let current: DetectedLecture | null = null;
  let signature = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let deepWalkAt = 0;
  let deepGap = FIRST_DEEP_GAP_MS;
  let remeasure = true;
  let forced = true;
  let lightScanAt = 0;
  let href = '';
  const hooked = new WeakSet<HTMLVideoElement>();

  const schedule = (delay: number) => {
    const due = performance.now() + delay;
    if (timer !== undefined) {
      if (due >= dueAt) return;
      clearTimeout(timer);
    }
    dueAt = due;
    timer = setTimeout(scan, delay);
  };
  const onMediaEvent = (event: Event) => {
    const target = event.target as Element | null;
    // A web-component player re-dispatching its shadow video's events from its host.
    if (target && target.localName !== 'video') {
      deepWalkAt = 0;
      const root = target.shadowRoot ?? shadowRootOf(target);
      if (root && !knownRoots.includes(root)) knownRoots.push(root);
    }
    remeasure = forced = true;
    schedule(AFTER_EVENT_MS);
  };
  const hook = (video: HTMLVideoElement) => {
    if (hooked.has(video)) return;
    hooked.add(video);
    // Events of videos inside shadow roots do not reach the window: listen on the video itself.
    for (const type of MEDIA_EVENTS) video.addEventListener(type, onMediaEvent, { signal, passive: true });
  };

  function scan() {
    timer = undefined;
    if (signal.aborted) return;
    const now = performance.now();
    const moved = href !== win.location.href;
    const deep = now >= deepWalkAt;
    if (!(forced || moved || deep || now >= lightScanAt || (current && !current.video.isConnected))) return;
    forced = false;
    href = win.location.href;
    lightScanAt = now + LIGHT_SCAN_GAP_MS;
    let videos: HTMLVideoElement[];
    if (deep) {
      const found = findVideosDeep(doc);
      knownRoots = found.rootsWithVideos;
      videos = found.videos;
      deepWalkAt = now + deepGap;
      deepGap = Math.min(deepGap * 2, MAX_DEEP_GAP_MS);
    } else {
      videos = findVideosShallow(doc, knownRoots);
    }
    const sameVideos =
      videos.length === lastVideos.length && videos.every((video, index) => video === lastVideos[index]);
    lastVideos = videos;
    if (sameVideos && !remeasure && (!current || current.video.isConnected)) {
      report(current);
      return;
    }
    remeasure = false;
    videos.forEach(hook);
    const facts = videos.map((video) => measureVideo(video, win));
    const choice = videos.length ? chooseLecture(facts, current ? videos.indexOf(current.video) : -1) : null;
    report(
      choice
        ? {
            video: videos[choice.main] as HTMLVideoElement,
            companions: choice.companions.map((index) => videos[index] as HTMLVideoElement),
          }
        : null,
    );
  }

  let navigationWatched = false;
  function report(lecture: DetectedLecture | null) {
    const next = signatureOf(win, lecture);
    if (next === signature && lecture?.video === current?.video) return;
    if (lecture && !navigationWatched) {
      // Only a frame with a lecture needs to hear SPA navigations early (to rename its lecture).
      navigationWatched = true;
      (win as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigation, {
        signal,
      });
    }
    signature = next;
    current = lecture;
    onChange(lecture);
  }

  const onNavigation = () => {
    deepWalkAt = 0;
    deepGap = FIRST_DEEP_GAP_MS;
    remeasure = forced = true;
    schedule(AFTER_EVENT_MS);
  };
  const options = { capture: true, passive: true, signal };
  for (const type of MEDIA_EVENTS) win.addEventListener(type, onMediaEvent, options);
  for (const type of NAVIGATION_EVENTS) win.addEventListener(type, onNavigation, { passive: true, signal });
  win.addEventListener('yt-navigate-finish', onNavigation, options);
  win.addEventListener(
    'pointerdown',
    () => {
      deepWalkAt = 0;
      remeasure = forced = true;
      schedule(AFTER_MUTATION_MS);
    },
    options,
  );
  const observer = new MutationObserver(() => {
    if (timer === undefined) schedule(AFTER_MUTATION_MS);
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', onNavigation, { once: true, signal });
  else schedule(0);
  return () => {
    remeasure = forced = true;
    schedule(0);
  };
}
