/**
 * Following the detector's lecture (../../video/lecture-channel.ts): mounts the UI with the first
 * one; when the lecture or its video changes, ends what ran on the old video and starts it on the
 * new (../video-watch.ts: progress, review prompts, keeping the overlay over it; the captions a
 * note keeps: utils/video/captions/); tells the UI
 * which lecture it is on and where to resume, once per change (and again to a UI document that
 * loaded anew), and keeps the lecture's speed on its video (../../speed/keeper.ts).
 */
import type { PromptAsk } from '../../prompts/runner';
import { keepSpeed, type SpeedKeeper } from '../../speed/keeper';
import { watchLectureCaptions } from '../../video/captions/lecture-captions';
import type { CurrentLecture } from '../../video/lecture-channel';
import { readCaptionSettings } from '../caption-setting';
import type { FrameLecture } from '../frame-messages';
import { resumePoint } from '../resume';
import { watchLectureVideo } from '../video-watch';
import { type OverlayState, post } from './state';

export interface OverlayLectureOptions {
  /** Puts the UI into the page (the first lecture). */
  mount(): void;
  place(): void;
  /** Follows fullscreen (a new video may be in a fullscreen player). */
  followFullscreen(): void;
  showPrompt(prompt: PromptAsk | null): void;
}

export interface OverlayLecture {
  /** The detector chose `next` (null: the lecture is gone). */
  follow(next: CurrentLecture | null): void;
  /** The UI's document is ready: tell it the lecture again. */
  resend(): void;
  /** Ends what runs on the video. */
  stop(): void;
}

/** What the UI is told about `lecture`: no resume offer when it was opened at a moment (seekTo). */
export function frameLecture(lecture: CurrentLecture | null): FrameLecture | null {
  return lecture
    ? {
        key: lecture.sighting.key,
        title: lecture.sighting.title,
        duration: lecture.sighting.duration,
        resumeAt: lecture.seekTo === null ? resumePoint(lecture.stored, lecture.video.currentTime) : null,
      }
    : null;
}

export function overlayLecture(state: OverlayState, options: OverlayLectureOptions): OverlayLecture {
  const { place } = options;
  let sentLecture: FrameLecture | null = null;
  /** Ends what runs on the current video. */
  let videoScope: AbortController | null = null;
  /** The speed kept on the current video (../../speed/). */
  let speed: SpeedKeeper | null = null;

  const sendLecture = () => {
    const next = frameLecture(state.lecture);
    if (JSON.stringify(next) === JSON.stringify(sentLecture)) return;
    sentLecture = next;
    post(state, { type: 'lecture', lecture: next });
  };

  return {
    follow(next) {
      const { lecture } = state;
      const videoChanged = next?.video !== lecture?.video || next?.sighting.key !== lecture?.sighting.key;
      state.lecture = next;
      if (next && !state.ui) options.mount();
      if (videoChanged) {
        videoScope?.abort();
        videoScope = null;
        speed = null;
        if (next) {
          videoScope = new AbortController();
          state.review = watchLectureVideo(next, {
            place,
            post: (message) => post(state, message),
            showPrompt: options.showPrompt,
            signal: videoScope.signal,
          });
          const loadForNotes = readCaptionSettings().then((settings) => settings.loadForNotes);
          state.captions = watchLectureCaptions(next.video, { signal: videoScope.signal, loadForNotes });
          speed = keepSpeed(next, { post: (message) => post(state, message), signal: videoScope.signal });
        } else state.captions = null;
      }
      sendLecture();
      if (videoChanged) options.followFullscreen();
      else place();
    },
    resend() {
      sentLecture = null;
      sendLecture();
      speed?.resend();
    },
    stop: () => videoScope?.abort(),
  };
}
