import { describe, expect, it } from 'vitest';
import {
  addPlayed,
  dayKeyOf,
  describePlayed,
  type PlayTime,
  playedSince,
  weekStartKey,
} from '@/utils/speed/time-saved';

const at = (iso: string) => new Date(iso).getTime();

describe('time saved by speed', () => {
  it('adds playing time to the local day it was played on', () => {
    const monday = dayKeyOf(at('2026-11-30T09:00:00'));
    expect(monday).toBe('2026-11-30');
    let playTime = addPlayed(undefined, monday, { lecture: 16, wall: 8 });
    playTime = addPlayed(playTime, monday, { lecture: 8, wall: 4 });
    playTime = addPlayed(playTime, '2026-12-01', { lecture: 10, wall: 10 });
    expect(playTime).toEqual({ '2026-11-30': { lecture: 24, wall: 12 }, '2026-12-01': { lecture: 10, wall: 10 } });
  });

  it('sums the lectures of this week (from Monday) and leaves earlier weeks out', () => {
    const lectures: { playTime?: PlayTime }[] = [
      { playTime: { '2026-11-29': { lecture: 3600, wall: 3600 }, '2026-11-30': { lecture: 7200, wall: 4800 } } },
      { playTime: { '2026-12-02': { lecture: 3600, wall: 3000 } } },
      {},
    ];
    const week = weekStartKey(at('2026-12-02T18:00:00'));
    expect(week).toBe('2026-11-30');
    expect(playedSince(lectures, week)).toEqual({ lecture: 10_800, wall: 7800 });
    expect(playedSince(lectures)).toEqual({ lecture: 14_400, wall: 11_400 });
  });

  it.each([
    [{ lecture: 10_800, wall: 7800 }, '3 h of lecture in 2 h 10 min'],
    [{ lecture: 2520, wall: 1680 }, '42 min of lecture in 28 min'],
    [{ lecture: 1200, wall: 2400 }, '20 min of lecture in 40 min'],
    [{ lecture: 50, wall: 25 }, null],
    [{ lecture: 3600, wall: 3590 }, null],
    [{ lecture: 0, wall: 0 }, null],
  ])('%o reads %s', (played, said) => {
    expect(describePlayed(played)).toBe(said);
  });
});
