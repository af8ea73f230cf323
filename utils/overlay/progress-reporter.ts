/**
 * Reports playback progress of the lecture video to the background: the last position and the
 * ranges actually played (utils/overlay/progress.ts decides what counts), with the lecture and
 * wall-clock seconds that playing took (time saved by speed). Sent every ~8 s of
 * playback, on pause, when the tab is hidden and when the page goes away.
 */
import { sendMessage } from '../protocol/send';
import { flushProgress, initialProgress, isReportDue, onPlaybackBreak, onTimeUpdate } from './progress';

export function reportProgress(video: HTMLVideoElement, lectureKey: string, signal: AbortSignal): void {
  let state = initialProgress();
  let lastSentPosition = -1;

  const report = () => {
    const flushed = flushProgress(state);
    state = flushed.state;
    const position = video.currentTime;
    if (!Number.isFinite(position)) return;
    if (flushed.ranges.length === 0 && Math.abs(position - lastSentPosition) < 1) return;
    lastSentPosition = position;
    // Capped as the background checks it (an hour at most per report; reports come every ~8 s).
    const played =
      flushed.played.lecture > 0
        ? { lecture: Math.min(3600, flushed.played.lecture), wall: Math.min(3600, flushed.played.wall) }
        : undefined;
    sendMessage('lecture/progress', { key: lectureKey, position, watched: flushed.ranges, played }).catch(() => {
      // The background restarts (MV3) or the extension was updated: the next report catches up.
    });
  };
  const breakPlayback = () => {
    state = onPlaybackBreak(state);
  };
  const options = { signal, passive: true } as const;
  video.addEventListener(
    'timeupdate',
    () => {
      if (video.paused || video.seeking) return;
      state = onTimeUpdate(state, video.currentTime, video.playbackRate, performance.now());
      if (isReportDue(state)) report();
    },
    options,
  );
  video.addEventListener('seeking', breakPlayback, options);
  video.addEventListener('emptied', breakPlayback, options);
  for (const type of ['pause', 'ended']) {
    video.addEventListener(
      type,
      () => {
        breakPlayback();
        report();
      },
      options,
    );
  }
  addEventListener(
    'pagehide',
    () => {
      breakPlayback();
      report();
    },
    options,
  );
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') report();
    },
    options,
  );
  signal.addEventListener('abort', () => {
    breakPlayback();
    report();
  });
}
