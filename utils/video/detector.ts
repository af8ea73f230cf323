/**
 * The always-on detector's watcher: finds the lecture video of a frame and reports when it
 * changes, at next to no cost on pages without one (see README.md in this folder).
 *
 * - No polling. A scan is scheduled (one timer, never more) by a DOM mutation, a media event
 *   (loadstart, emptied, durationchange, play, volumechange, …, caught in the capture phase), a
 *   navigation signal (popstate, the Navigation API, YouTube's `yt-navigate-finish`) or a click.
 * - A scan looks at the light DOM (`getElementsByTagName`, a live list) and at the shadow roots
 *   already known to hold videos. The deep walk into every shadow root happens on the first scan,
 *   after navigation signals, media events from shadow hosts and clicks, and otherwise at most
 *   once per growing interval (1 s, 2 s, 4 s, … 16 s) while the page keeps mutating.
 * - Videos are measured (layout) only when the set of videos changed or a media event fired.
 */
import { chooseLecture } from './choose-lecture';
import { findVideosDeep, findVideosShallow } from './find-videos';
import { measureVideo } from './video-facts';

export interface DetectedLecture {
  video: HTMLVideoElement;
  companions: HTMLVideoElement[];
}

const MEDIA_EVENTS = ['loadstart', 'emptied', 'durationchange', 'loadedmetadata', 'play', 'playing', 'volumechange'];
/** Fired at the window itself; `yt-navigate-finish` is caught in the capture phase from any node. */
const NAVIGATION_EVENTS = ['popstate', 'hashchange', 'load'];
const AFTER_MUTATION_MS = 250;
const AFTER_EVENT_MS = 60;
const FIRST_DEEP_GAP_MS = 1000;
const MAX_DEEP_GAP_MS = 16_000;

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
    if (target && target.localName !== 'video') deepWalkAt = 0;
    remeasure = true;
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
    let videos: HTMLVideoElement[];
    if (now >= deepWalkAt) {
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
    const choice = videos.length ? chooseLecture(videos.map((video) => measureVideo(video, win))) : null;
    report(
      choice
        ? {
            video: videos[choice.main] as HTMLVideoElement,
            companions: choice.companions.map((index) => videos[index] as HTMLVideoElement),
          }
        : null,
    );
  }

  function report(lecture: DetectedLecture | null) {
    const next = signatureOf(win, lecture);
    if (next === signature && lecture?.video === current?.video) return;
    signature = next;
    current = lecture;
    onChange(lecture);
  }

  const onNavigation = () => {
    deepWalkAt = 0;
    deepGap = FIRST_DEEP_GAP_MS;
    remeasure = true;
    schedule(AFTER_EVENT_MS);
  };
  const options = { capture: true, passive: true, signal };
  for (const type of MEDIA_EVENTS) win.addEventListener(type, onMediaEvent, options);
  for (const type of NAVIGATION_EVENTS) win.addEventListener(type, onNavigation, { passive: true, signal });
  win.addEventListener('yt-navigate-finish', onNavigation, options);
  (win as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigation, {
    signal,
  });
  win.addEventListener(
    'pointerdown',
    () => {
      deepWalkAt = 0;
      remeasure = true;
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
  schedule(0);
  return () => {
    remeasure = true;
    schedule(0);
  };
}
