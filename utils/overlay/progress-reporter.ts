/**
 * Reports playback progress of the lecture video to the background: the last position and the
 * ranges actually played (utils/overlay/progress.ts decides what counts), with the lecture and
 * wall-clock seconds that playing took (time saved by speed). Stored every ~8 s of playback, on
 * pause, when the tab is hidden and when the page goes away; in between, about every half second
 * of playback, what is not yet stored is held at the background, which stores it if the page goes
 * away without a word (./progress-channel.ts: Firefox drops the report sent as a tab closes).
 */
import type { Played } from '../model/lectures';
import type { Range } from '../model/ranges';
import type { ProgressReport } from '../protocol/notes';
import { flushProgress, initialProgress, isReportDue, onPlaybackBreak, onTimeUpdate } from './progress';
import { openProgressChannel } from './progress-channel';

/** Video seconds of playback between two held reports. */
const HOLD_EVERY = 0.5;

export function reportProgress(video: HTMLVideoElement, lectureKey: string, signal: AbortSignal): void {
  const channel = openProgressChannel();
  let state = initialProgress();
  let lastSentPosition = -1;
  let lastHeldPosition = -1;

  const reportOf = (ranges: Range[], played: Played, position: number): ProgressReport => ({
    key: lectureKey,
    position,
    watched: ranges,
    // Capped as the background checks it (an hour at most per report; reports come every ~8 s).
    played:
      played.lecture > 0 ? { lecture: Math.min(3600, played.lecture), wall: Math.min(3600, played.wall) } : undefined,
  });
  const report = () => {
    const flushed = flushProgress(state);
    state = flushed.state;
    const position = video.currentTime;
    if (!Number.isFinite(position)) return;
    if (flushed.ranges.length === 0 && Math.abs(position - lastSentPosition) < 1) return;
    lastSentPosition = position;
    lastHeldPosition = position;
    channel.store(reportOf(flushed.ranges, flushed.played, position));
  };
  /** What a report would say now, held without clearing anything here. */
  const hold = () => {
    const position = video.currentTime;
    if (!Number.isFinite(position) || Math.abs(position - lastHeldPosition) < HOLD_EVERY) return;
    lastHeldPosition = position;
    const { ranges, played } = flushProgress(state);
    channel.hold(reportOf(ranges, played, position));
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
      else hold();
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
    channel.close();
  });
}
