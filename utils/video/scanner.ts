/**
 * The detector's working part (detector.ts starts it on the first event that needs it): which
 * videos the frame has, which one is the lecture, and when that changes.
 * - Videos are measured (one layout read each) only in a scan, and a scan runs only when an event
 *   asked for one (debounced), never on a timer of its own.
 * - No MutationObserver until the frame has a video. Once it has, one batch of mutations costs a
 *   cheap check (the same videos? the same URL?), and only a change schedules a scan.
 * - Videos inside shadow roots get their own media listeners (their events do not reach the
 *   window), and the roots that hold them are watched like the document.
 * - The lecture last found playing, or the video the student pressed on last, is `active`: with
 *   two players in a frame, the one they watch stays the lecture once paused (choose-lecture.ts).
 */
import { chooseLecture, type VideoFacts } from './choose-lecture';
import type { DetectedLecture } from './detector';
import { type FoundVideos, findVideosDeep, findVideosOnPath, findVideosShallow } from './find-videos';
import { measureVideo } from './video-facts';

export const MEDIA_EVENTS = ['loadstart', 'emptied', 'durationchange', 'play', 'volumechange'];
const AFTER_MUTATION_MS = 250;
const AFTER_EVENT_MS = 60;

export interface Scanner {
  /** A media event at the window: a light-DOM video, or a player re-dispatching its video's. */
  heard(event: Event): void;
  /** A click: looks into the shadow roots on its path. */
  clicked(event: Event): void;
  /** DOMContentLoaded, load, a navigation: walks the frame (shadow roots too), then scans. */
  walked(): void;
  /** Walks and scans now; returns the lecture, if any. */
  rescan(): DetectedLecture | null;
  stop(): void;
}

/** What identifies "the same lecture" between scans: the video, its source, the page. */
function signatureOf(win: Window, lecture: DetectedLecture | null): string {
  if (!lecture) return '';
  const { video, companions } = lecture;
  return [win.location.href, video.currentSrc, Number.isFinite(video.duration), companions.length].join('\n');
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

export function createScanner(win: Window, onChange: (lecture: DetectedLecture | null) => void): Scanner {
  const doc = win.document;
  let knownRoots: ShadowRoot[] = [];
  let videos: HTMLVideoElement[] = [];
  let current: DetectedLecture | null = null;
  let signature = '';
  let href = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let observer: MutationObserver | undefined;
  let stopped = false;
  let active: EventTarget | undefined;
  const hooked = new WeakSet<HTMLVideoElement>();

  const schedule = (delay: number) => {
    if (stopped) return;
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
  const hook = (video: HTMLVideoElement) => {
    if (hooked.has(video) || video.getRootNode() === doc) return;
    hooked.add(video);
    // Events of videos inside shadow roots do not reach the window: listen on the video itself.
    for (const type of MEDIA_EVENTS) video.addEventListener(type, onMediaEvent, { passive: true });
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
  };

  function scan(): DetectedLecture | null {
    clearTimeout(timer);
    timer = undefined;
    if (stopped) return current;
    href = win.location.href;
    knownRoots = knownRoots.filter((root) => root.host.isConnected);
    videos = findVideosShallow(doc, knownRoots);
    if (videos.length && !observer) observe();
    videos.forEach(hook);
    const facts = videos.map((video) => measureVideo(video, win));
    const choice = videos.length
      ? chooseLecture(facts, current ? videos.indexOf(current.video) : -1, videos.indexOf(active as never))
      : null;
    // The lecture found playing stays the one the student watches once paused.
    if (choice && !(facts[choice.main] as VideoFacts).paused) active = videos[choice.main];
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

  return {
    heard(event) {
      // A web-component player re-dispatching its shadow video's events from its host.
      const target = event.target as Element | null;
      if (target && target.localName !== 'video') learn(findVideosOnPath([target]));
      schedule(AFTER_EVENT_MS);
    },
    clicked(event) {
      // The video pressed on (or the one inside the player pressed on) is the one the student watches.
      const found = findVideosOnPath(event.composedPath());
      active = found.videos[0] ?? active;
      if (learn(found) || found.videos.length) schedule(AFTER_EVENT_MS);
    },
    walked() {
      if (walk() || videos.length) schedule(AFTER_EVENT_MS);
    },
    rescan() {
      walk();
      return scan();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      observer?.disconnect();
    },
  };
}
