/**
 * The always-on detector's watcher: finds the lecture video of a frame and reports when it
 * changes, at next to no cost on pages without one (see README.md in this folder).
 *
 * Event-driven only: no polling, no timer unless an event asked for a scan (then one, debounced).
 * - A video announces itself: media events (loadstart when it gets a source, emptied, play,
 *   durationchange, volumechange) are caught in the capture phase at the window for the light DOM;
 *   they start at document_start, so every light-DOM video is heard. A web-component player that
 *   re-dispatches its shadow video's events from its host is heard the same way.
 * - Shadow roots are walked (find-videos.ts) at DOMContentLoaded and load (the page's own
 *   players), after navigation signals, and when the note shortcut is pressed in a frame without a
 *   lecture; a pointerdown looks only into the shadow roots on its composed path.
 * - No MutationObserver until the frame has a video: a page without one does no work per
 *   mutation. Once it has, one batch costs a cheap check (the same videos? the same URL?), and
 *   only a change schedules a scan.
 * - Videos are measured (one layout read each) only in a scan, when something changed.
 */
import { chooseLecture } from './choose-lecture';
import { type FoundVideos, findVideosDeep, findVideosOnPath, findVideosShallow } from './find-videos';
import { measureVideo } from './video-facts';

export interface DetectedLecture {
  video: HTMLVideoElement;
  companions: HTMLVideoElement[];
}

export interface LectureWatcher {
  /** Walks the whole frame now (shadow roots too) and reports; returns the lecture, if any. */
  rescan(): DetectedLecture | null;
}

const MEDIA_EVENTS = ['loadstart', 'emptied', 'durationchange', 'play', 'volumechange'];
const AFTER_MUTATION_MS = 250;
const AFTER_EVENT_MS = 60;

/** What identifies "the same lecture" between scans: the video, its source, the page. */
function signatureOf(win: Window, lecture: DetectedLecture | null): string {
  if (!lecture) return '';
  const { video, companions } = lecture;
  return [win.location.href, video.currentSrc, Number.isFinite(video.duration), companions.length].join('\n');
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

export function watchForLectures(
  win: Window,
  signal: AbortSignal,
  onChange: (lecture: DetectedLecture | null) => void,
): LectureWatcher {
  const doc = win.document;
  let knownRoots: ShadowRoot[] = [];
  let videos: HTMLVideoElement[] = [];
  let current: DetectedLecture | null = null;
  let signature = '';
  let href = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let observer: MutationObserver | undefined;
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
  const learn = (found: FoundVideos) => {
    for (const root of found.rootsWithVideos) {
      if (!knownRoots.includes(root)) {
        knownRoots.push(root);
        observer?.observe(root, { childList: true, subtree: true });
      }
    }
    return found.videos.some((video) => !videos.includes(video));
  };
  const onMediaEvent = () => schedule(AFTER_EVENT_MS);
  const onHostEvent = (event: Event) => {
    // A web-component player re-dispatching its shadow video's events from its host.
    const target = event.target as Element | null;
    if (target && target.localName !== 'video') learn(findVideosOnPath([target]));
    schedule(AFTER_EVENT_MS);
  };
  const hook = (video: HTMLVideoElement) => {
    if (hooked.has(video) || video.getRootNode() === doc) return;
    hooked.add(video);
    // Events of videos inside shadow roots do not reach the window: listen on the video itself.
    for (const type of MEDIA_EVENTS) video.addEventListener(type, onMediaEvent, { signal, passive: true });
  };
  const walk = () => learn(findVideosDeep(doc));
  /** The cheap check per batch of mutations, once the frame has a video. */
  const onMutations = () => {
    if (timer !== undefined) return;
    if (href !== win.location.href || !sameList(findVideosShallow(doc, knownRoots), videos))
      schedule(AFTER_MUTATION_MS);
  };
  const observe = () => {
    observer = new MutationObserver(onMutations);
    observer.observe(doc, { childList: true, subtree: true });
    for (const root of knownRoots) observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer?.disconnect());
  };

  function scan(): DetectedLecture | null {
    clearTimeout(timer);
    timer = undefined;
    if (signal.aborted) return current;
    href = win.location.href;
    knownRoots = knownRoots.filter((root) => root.host.isConnected);
    videos = findVideosShallow(doc, knownRoots);
    if (videos.length && !observer) observe();
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
    return current;
  }

  function report(lecture: DetectedLecture | null) {
    const next = signatureOf(win, lecture);
    if (next === signature && lecture?.video === current?.video) return;
    signature = next;
    current = lecture;
    onChange(lecture);
  }

  /** The page's own players are there at DOMContentLoaded and load: walk, scan if videos showed. */
  const onLoaded = () => {
    if (walk() || videos.length) schedule(AFTER_EVENT_MS);
  };
  const onNavigation = () => {
    walk();
    schedule(AFTER_EVENT_MS);
  };
  const options = { capture: true, passive: true, signal };
  for (const type of MEDIA_EVENTS) win.addEventListener(type, onHostEvent, options);
  for (const type of ['popstate', 'hashchange']) win.addEventListener(type, onNavigation, { passive: true, signal });
  win.addEventListener('yt-navigate-finish', onNavigation, options);
  (win as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigation, {
    signal,
  });
  // A click on a player whose video is in a shadow root: look into the roots on the click's path.
  win.addEventListener(
    'pointerdown',
    (event) => {
      if (learn(findVideosOnPath(event.composedPath()))) schedule(AFTER_EVENT_MS);
    },
    options,
  );
  signal.addEventListener('abort', () => clearTimeout(timer));
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', onLoaded, { once: true, signal });
  else onNavigation();
  if (doc.readyState !== 'complete') win.addEventListener('load', onLoaded, { once: true, signal });
  return {
    rescan() {
      walk();
      return scan();
    },
  };
}
