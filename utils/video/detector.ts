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
 *   players) if the frame has any element that could be a player, after navigation signals, and
 *   when the note shortcut is pressed in a frame without a lecture; a pointerdown looks only into
 *   the shadow roots on its composed path.
 * - This file is only the start-up: plain listeners (no AbortSignal in their options, no
 *   Navigation API until the student interacts: both measurably cost in every frame). The
 *   working part (scanner.ts: walking, measuring, choosing, observing) is compiled and built on
 *   the first event that needs it: compiling it measured ~0.5 ms per frame on the churn page,
 *   where no event ever needs it.
 */
import { CANDIDATES } from './find-videos';
import { createScanner, MEDIA_EVENTS, type Scanner } from './scanner';

export interface DetectedLecture {
  video: HTMLVideoElement;
  companions: HTMLVideoElement[];
}

export interface LectureWatcher {
  /** Walks the whole frame now (shadow roots too) and reports; returns the lecture, if any. */
  rescan(): DetectedLecture | null;
  /** Stops for good: no more scans, reports or observation. */
  stop(): void;
  /** The student interacted (a key): the moment to listen for same-document navigations. */
  interacted(): void;
}

export function watchForLectures(win: Window, onChange: (lecture: DetectedLecture | null) => void): LectureWatcher {
  const doc = win.document;
  let scanner: Scanner | undefined;
  let stopped = false;
  let navigationHeard = false;
  const get = () => {
    scanner ??= createScanner(win, onChange);
    return scanner;
  };
  const onNavigation = () => stopped || get().walked();
  /** The page's own players are there at DOMContentLoaded and load, if it has a candidate at all. */
  const onLoaded = () => stopped || ((scanner || doc.querySelector(CANDIDATES)) && get().walked());
  /** Same-document navigations (pushState) in browsers with the Navigation API. */
  const interacted = () => {
    if (navigationHeard) return;
    navigationHeard = true;
    (win as unknown as { navigation?: EventTarget }).navigation?.addEventListener('navigatesuccess', onNavigation);
  };
  const options = { capture: true, passive: true };
  for (const type of MEDIA_EVENTS) win.addEventListener(type, (event) => stopped || get().heard(event), options);
  for (const type of ['popstate', 'hashchange', 'yt-navigate-finish'])
    win.addEventListener(type, onNavigation, options);
  // A click on a player whose video is in a shadow root: look into the roots on the click's path.
  win.addEventListener(
    'pointerdown',
    (event) => {
      interacted();
      if (!stopped) get().clicked(event);
    },
    options,
  );
  if (doc.readyState === 'loading') win.addEventListener('DOMContentLoaded', onLoaded, { once: true });
  else onNavigation();
  if (doc.readyState !== 'complete') win.addEventListener('load', onLoaded, { once: true });
  return {
    rescan: () => get().rescan(),
    stop() {
      stopped = true;
      scanner?.stop();
    },
    interacted,
  };
}
