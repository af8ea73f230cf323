/**
 * What the overlay controller keeps running on one lecture video (ended with `signal` when the
 * lecture or its video changes): progress reports, telling the background the student watches it,
 * review prompts, and keeping the overlay over the video as it resizes, moves or plays.
 */
import type { ReviewPrompts } from '../prompts/page';
import { startReviewPrompts } from '../prompts/page';
import type { PromptAsk } from '../prompts/runner';
import type { CurrentLecture } from '../video/lecture-channel';
import type { ToFrame } from './frame-messages';
import { watchMoves } from './move-observer';
import { reportProgress } from './progress-reporter';
import { reportWatching } from './watching-reporter';

export interface VideoWatchOptions {
  /** Puts the overlay over the video again. */
  place(): void;
  /** Tells the UI (playback news). */
  post(message: ToFrame): void;
  /** Shows a review prompt, or takes it away. */
  showPrompt(prompt: PromptAsk | null): void;
  signal: AbortSignal;
}

export function watchLectureVideo(lecture: CurrentLecture, options: VideoWatchOptions): ReviewPrompts {
  const { video, sighting } = lecture;
  const { place, post, signal } = options;
  reportProgress(video, sighting.key, signal);
  reportWatching(video, sighting.key, signal);
  const prompts = startReviewPrompts({
    video,
    lectureKey: sighting.key,
    site: sighting.site || location.hostname,
    show: options.showPrompt,
    signal,
  });
  const resize = new ResizeObserver(place);
  resize.observe(video);
  signal.addEventListener('abort', () => resize.disconnect());
  watchMoves(video, place, { signal });
  let lastPlayback = 0;
  video.addEventListener(
    'timeupdate',
    () => {
      place();
      if (Math.abs(video.currentTime - lastPlayback) < 1) return;
      lastPlayback = video.currentTime;
      post({ type: 'playback', time: video.currentTime, paused: video.paused });
    },
    { signal, passive: true },
  );
  return prompts;
}
