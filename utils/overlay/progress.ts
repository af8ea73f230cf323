/**
 * Which parts of a lecture were actually played. A pure state machine: the overlay feeds it the
 * video's time updates (with the wall clock) and seeks; it answers with ranges of video time
 * that were watched, and how long playing them took on the wall clock. A seek, or a jump that playback at the current speed cannot explain, closes
 * the current range instead of stretching it over what was skipped.
 */
import type { Played } from '../model/lectures';
import type { Range } from '../model/ranges';

export interface ProgressState {
  /** Start of the range being played, or null while not playing continuously. */
  start: number | null;
  /** Last video time seen, and the wall-clock ms it was seen at. */
  last: number;
  lastAt: number;
  /** Closed ranges not yet sent to the background. */
  pending: Range[];
  /** Seconds of playback since the last flush. */
  unsent: number;
  /** Wall-clock seconds that playback took (at speed, fewer than `unsent`). */
  unsentWall: number;
}

export const initialProgress = (): ProgressState => ({
  start: null,
  last: 0,
  lastAt: 0,
  pending: [],
  unsent: 0,
  unsentWall: 0,
});

/** Slack for timer jitter between time updates, in seconds of video. */
const JITTER = 1.5;
/** At most this much wall time counts between two time updates (a machine that slept while playing). */
const MAX_WALL_STEP = 5;

/** The video reported `time` while playing at `rate`, at wall-clock `now` (ms). */
export function onTimeUpdate(state: ProgressState, time: number, rate: number, now: number): ProgressState {
  if (state.start === null) return { ...state, start: time, last: time, lastAt: now };
  const advanced = time - state.last;
  const expected = (Math.max(0, now - state.lastAt) / 1000) * Math.max(rate, 0.0625);
  if (advanced < -0.25 || advanced > expected * 1.5 + JITTER) {
    // Not playback: a seek the page did without a `seeking` event, or a source change.
    return { ...closeRange(state), start: time, last: time, lastAt: now };
  }
  return {
    ...state,
    last: Math.max(state.last, time),
    lastAt: now,
    unsent: state.unsent + Math.max(0, advanced),
    unsentWall: state.unsentWall + Math.min(MAX_WALL_STEP, Math.max(0, now - state.lastAt) / 1000),
  };
}

/** The student (or the page) seeks, pauses, or the page goes away: the current range ends here. */
export function onPlaybackBreak(state: ProgressState): ProgressState {
  return { ...closeRange(state), start: null };
}

function closeRange(state: ProgressState): ProgressState {
  if (state.start === null || state.last <= state.start) return state;
  return { ...state, pending: [...state.pending, [state.start, state.last]] };
}

/** Whether enough has been played since the last report to send another. */
export function isReportDue(state: ProgressState, everySeconds = 8): boolean {
  return state.unsent >= everySeconds;
}

/**
 * Takes what to report: every watched range so far (the open one up to now), and the lecture
 * and wall-clock seconds played (time saved by speed), and resets the counts. The open range keeps going from where it was reported.
 */
export function flushProgress(state: ProgressState): { state: ProgressState; ranges: Range[]; played: Played } {
  const ranges: Range[] = [...state.pending];
  if (state.start !== null && state.last > state.start) ranges.push([state.start, state.last]);
  const start = state.start === null ? null : state.last;
  const played = { lecture: state.unsent, wall: state.unsentWall };
  return { state: { ...state, start, pending: [], unsent: 0, unsentWall: 0 }, ranges, played };
}
