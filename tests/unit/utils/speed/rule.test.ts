import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_WINDOW_MS,
  GESTURE_WINDOW_MS,
  judgeRateChange,
  MAX_RESTORES,
  mayRestore,
  type RateChange,
  RESTORE_SPAN_MS,
} from '@/utils/speed/rule';

/** A change long after load with no gesture anywhere: the baseline each case alters. */
const quiet: RateChange = {
  rate: 1,
  remembered: 1.5,
  sinceGesture: null,
  userActive: false,
  sinceMediaEvent: 60_000,
  loading: false,
};

describe('whose rate change it was', () => {
  it.each<[string, Partial<RateChange>, ReturnType<typeof judgeRateChange>]>([
    // The remembered speed itself (Lectern's own set, or a player that agrees).
    ['the remembered speed coming back', { rate: 1.5 }, 'same'],
    ['the remembered speed, rounded by the player', { rate: 1.5000001 }, 'same'],
    // Players resetting on their own.
    ['a reset with no gesture at all', {}, 'player'],
    ['a reset right after the source loaded', { sinceMediaEvent: 5 }, 'player'],
    ['a reset while a new source loads', { loading: true, sinceMediaEvent: 2 }, 'player'],
    ['a reset during a load, even right after a click', { loading: true, sinceGesture: 10 }, 'player'],
    ['a reset on play, after the click on Play', { sinceGesture: 40, sinceMediaEvent: 30 }, 'player'],
    [
      'a reset after a quality change the student clicked (source changed after the click)',
      { sinceGesture: 400, sinceMediaEvent: 100 },
      'player',
    ],
    ['a change long after the last click', { sinceGesture: GESTURE_WINDOW_MS + 1 }, 'player'],
    ['a change to a rate no browser plays, even after a click', { rate: 0, sinceGesture: 10 }, 'player'],
    ['a NaN rate', { rate: Number.NaN, sinceGesture: 10 }, 'player'],
    // The student's choices.
    ['a click in the player’s speed menu', { rate: 2, sinceGesture: 15 }, 'student'],
    ['the player’s speed key', { rate: 1.25, sinceGesture: 2 }, 'student'],
    ['a choice at the edge of the window', { rate: 2, sinceGesture: GESTURE_WINDOW_MS }, 'student'],
    ['a choice of normal speed in the menu', { rate: 1, sinceGesture: 20 }, 'student'],
    ['a choice before Lectern saw any playback event', { rate: 2, sinceGesture: 20, sinceMediaEvent: null }, 'student'],
    [
      'a choice on a paused video that preloads nothing',
      { rate: 0.75, sinceGesture: 20, sinceMediaEvent: null },
      'student',
    ],
    ['the first choice, nothing remembered yet', { rate: 1.75, remembered: null, sinceGesture: 30 }, 'student'],
    [
      'a choice made in another frame (activation only), long after any playback event',
      { rate: 2, userActive: true, sinceMediaEvent: ACTIVATION_WINDOW_MS + 1 },
      'student',
    ],
    [
      'activation only, but a playback event since could have been its doing',
      { rate: 1, userActive: true, sinceMediaEvent: 800 },
      'player',
    ],
    ['activation with a gesture seen too long ago', { rate: 1, userActive: true, sinceGesture: 3000 }, 'player'],
  ])('%s: %s', (_name, change, verdict) => {
    expect(judgeRateChange({ ...quiet, ...change })).toBe(verdict);
  });

  it('never calls a change to the remembered speed anything but the same, whoever made it', () => {
    for (const sinceGesture of [null, 0, 500, 5000])
      for (const loading of [false, true])
        expect(judgeRateChange({ ...quiet, rate: 1.5, sinceGesture, loading, sinceMediaEvent: 1 })).toBe('same');
  });
});

describe('how often Lectern puts the speed back', () => {
  it('lets a player that keeps resetting have its way after a few restores in a short span', () => {
    const restored: number[] = [];
    let now = 0;
    while (mayRestore(restored, now)) {
      restored.push(now);
      now += 100;
    }
    expect(restored).toHaveLength(MAX_RESTORES);
    // Once the span has passed, it puts the speed back again.
    expect(mayRestore(restored, RESTORE_SPAN_MS + 1000)).toBe(true);
  });
});
