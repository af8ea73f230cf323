/**
 * The identity script's work in a lecture frame (injected by the background, so it costs
 * nothing on pages without a lecture): names the lecture the detector found, tells the
 * background (`lecture/seen`), seeks to a pending moment, and publishes the lecture to the
 * overlay through lecture-channel.ts. The detector calls it again on every change; the name alone
 * is read again when the page changes (name-watch.ts) until the background keeps its own.
 */
import { sendMessage } from '../protocol/send';
import { detectionState } from './detection-state';
import type { DetectedLecture } from './detector';
import { identifyLecture } from './identity';
import { publishLecture } from './lecture-channel';
import { watchLectureName } from './name-watch';

const TITLE_WAIT_MS = 300;
const TITLE_WAIT_TRIES = 6;

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Seeks once the video can (now, or at its next loadedmetadata). */
export function seekWhenReady(video: HTMLVideoElement, seconds: number): void {
  const seek = () => {
    video.currentTime = Number.isFinite(video.duration) ? Math.min(seconds, video.duration) : seconds;
  };
  if (video.readyState >= HTMLMediaElement.HAVE_METADATA) seek();
  else video.addEventListener('loadedmetadata', seek, { once: true });
}

export function startIdentifying(): void {
  const state = detectionState();
  if (state.identify) return;
  let generation = 0;
  let lastKey = '';
  let lastTitle = '';
  let lastVideo: HTMLVideoElement | null = null;
  let stopNameWatch = () => {};

  /** The page changed: tell the background a new name of the same lecture; stop once it keeps its own. */
  const rereadName = async (lecture: DetectedLecture, mine: number) => {
    const sighting = identifyLecture(new URL(location.href), document, lecture.video);
    if (mine !== generation || sighting.key !== lastKey || sighting.title === lastTitle) return;
    lastTitle = sighting.title;
    try {
      const { lecture: stored, seekTo } = await sendMessage('lecture/seen', sighting);
      if (seekTo !== null && mine === generation) seekWhenReady(lecture.video, seekTo);
      if (stored.title !== sighting.title) stopNameWatch();
    } catch {
      // Not stored (the extension was updated): the next change tries again.
    }
  };

  state.identify = async (lecture: DetectedLecture | null) => {
    const mine = ++generation;
    stopNameWatch();
    if (!lecture) {
      lastKey = '';
      lastVideo = null;
      publishLecture(null);
      return;
    }
    let sighting = identifyLecture(new URL(location.href), document, lecture.video);
    // After an SPA navigation the URL changes before the page shows the new title: wait a little
    // for it rather than file the new lecture under the old one's title.
    for (
      let tries = 0;
      sighting.key !== lastKey && lastKey && sighting.title === lastTitle && tries < TITLE_WAIT_TRIES;
      tries++
    ) {
      await wait(TITLE_WAIT_MS);
      if (mine !== generation) return;
      sighting = identifyLecture(new URL(location.href), document, lecture.video);
    }
    try {
      const { lecture: stored, seekTo } = await sendMessage('lecture/seen', sighting);
      if (mine !== generation) return;
      if (seekTo !== null) seekWhenReady(lecture.video, seekTo);
      const changed = sighting.key !== lastKey || lecture.video !== lastVideo;
      lastKey = sighting.key;
      lastTitle = sighting.title;
      lastVideo = lecture.video;
      if (changed || seekTo !== null) publishLecture({ ...lecture, sighting, stored, seekTo });
      // The stored name is still the page's (no note yet, not renamed): follow the page's changes.
      if (stored.title === sighting.title)
        stopNameWatch = watchLectureName(document, () => void rereadName(lecture, mine));
    } catch {
      // The background could not store it (e.g. the extension was updated): try on the next change.
    }
  };
  state.identify(state.lecture);
}
