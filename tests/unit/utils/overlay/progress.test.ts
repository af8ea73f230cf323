import { describe, expect, it } from 'vitest';
import {
  flushProgress,
  initialProgress,
  isReportDue,
  onPlaybackBreak,
  onTimeUpdate,
  type ProgressState,
} from '@/utils/overlay/progress';

/** Plays from `from` to `to` at `rate`, with a time update every 250 ms of wall clock. */
function play(state: ProgressState, from: number, to: number, rate = 1, startAt = 0): [ProgressState, number] {
  let now = startAt;
  let next = onTimeUpdate(state, from, rate, now);
  for (let time = from; time < to; ) {
    now += 250;
    time = Math.min(to, time + 0.25 * rate);
    next = onTimeUpdate(next, time, rate, now);
  }
  return [next, now];
}

describe('progress tracking', () => {
  it('records continuous playback as one range', () => {
    const [state] = play(initialProgress(), 0, 20);
    expect(flushProgress(state).ranges).toEqual([[0, 20]]);
    expect(isReportDue(state)).toBe(true);
  });

  it('counts playback at 16x', () => {
    const [state] = play(initialProgress(), 10, 90, 16);
    expect(flushProgress(state).ranges).toEqual([[10, 90]]);
  });

  it('does not count a seek forward (with a seeking event) as watched', () => {
    let [state, now] = play(initialProgress(), 0, 10);
    state = onPlaybackBreak(state);
    [state] = play(state, 300, 310, 1, now + 100);
    expect(flushProgress(state).ranges).toEqual([
      [0, 10],
      [300, 310],
    ]);
  });

  it('does not count a jump without a seeking event, forward or back', () => {
    let [state, now] = play(initialProgress(), 0, 10);
    state = onTimeUpdate(state, 200, 1, now + 250);
    [state, now] = play(state, 200, 205, 1, now + 250);
    state = onTimeUpdate(state, 50, 1, now + 250);
    [state] = play(state, 50, 52, 1, now + 250);
    expect(flushProgress(state).ranges).toEqual([
      [0, 10],
      [200, 205],
      [50, 52],
    ]);
  });

  it('keeps counting after a flush from where the report ended, and resets the count', () => {
    let [state, now] = play(initialProgress(), 0, 9);
    const first = flushProgress(state);
    expect(first.ranges).toEqual([[0, 9]]);
    expect(isReportDue(first.state)).toBe(false);
    [state] = play(first.state, 9, 12, 1, now);
    expect(flushProgress(state).ranges).toEqual([[9, 12]]);
  });

  it('reports nothing when nothing played', () => {
    const state = onPlaybackBreak(onTimeUpdate(initialProgress(), 42, 1, 0));
    expect(flushProgress(state).ranges).toEqual([]);
  });

  it.each([
    [1, 60, 60],
    [2, 60, 30],
    [1.5, 90, 60],
    [0.5, 30, 60],
  ])('at %s×, %s s of lecture take %s s of wall clock', (rate, lecture, wall) => {
    const [state] = play(initialProgress(), 100, 100 + lecture, rate);
    const { played } = flushProgress(state);
    expect(played.lecture).toBeCloseTo(lecture, 5);
    expect(played.wall).toBeCloseTo(wall, 5);
  });

  it('counts no wall time for a pause, a seek or a machine asleep while playing', () => {
    let [state, now] = play(initialProgress(), 0, 20, 2);
    state = onPlaybackBreak(state);
    // Paused for an hour, then on from a seek.
    [state, now] = play(state, 200, 210, 2, now + 3_600_000);
    // Asleep for ten minutes without a pause: one step of at most 5 s counts.
    state = onTimeUpdate(state, 211, 2, now + 600_000);
    const { played, state: after } = flushProgress(state);
    expect(played.lecture).toBeCloseTo(31, 5);
    expect(played.wall).toBeCloseTo(15 + 5, 5);
    expect(flushProgress(after).played).toEqual({ lecture: 0, wall: 0 });
  });
});
