/**
 * Time saved by speed: a lecture's playing time per local day (lecture seconds and the wall-clock
 * seconds they took, `Lecture.playTime`), summed over a span and said in words ("3 h of lecture in
 * 2 h 10 min"). Pure, with the clock as an argument. Used by the background (adding a report) and
 * the library (showing it); never by the page side (date-fns stays out of the overlay controller).
 */
import { format, startOfWeek } from 'date-fns';
import type { Lecture, Played } from '../model/lectures';
import { formatFocusTotal } from '../timer/format';

export type PlayTime = NonNullable<Lecture['playTime']>;

/** The local day `now` falls on, as playTime keys it. */
export const dayKeyOf = (now: number): string => format(now, 'yyyy-MM-dd');

/** `playTime` with `played` added to `day`. */
export function addPlayed(playTime: PlayTime | undefined, day: string, played: Played): PlayTime {
  const before = playTime?.[day] ?? { lecture: 0, wall: 0 };
  return { ...playTime, [day]: { lecture: before.lecture + played.lecture, wall: before.wall + played.wall } };
}

/** Everything played in `lectures` on the days from `from` on (a day key; all days without it). */
export function playedSince(lectures: readonly Pick<Lecture, 'playTime'>[], from = ''): Played {
  let lecture = 0;
  let wall = 0;
  for (const { playTime } of lectures)
    for (const [day, played] of Object.entries(playTime ?? {})) {
      if (day < from) continue;
      lecture += played.lecture;
      wall += played.wall;
    }
  return { lecture, wall };
}

/** The day key this week starts on (Monday, as the timer's week). */
export const weekStartKey = (now: number): string => dayKeyOf(startOfWeek(now, { weekStartsOn: 1 }).getTime());

/**
 * "3 h of lecture in 2 h 10 min": null while less than a minute was played (nothing to say), or
 * when speed changed nothing worth a minute either way.
 */
export function describePlayed({ lecture, wall }: Played): string | null {
  if (lecture < 60 || Math.abs(lecture - wall) < 60) return null;
  return `${formatFocusTotal(lecture * 1000)} of lecture in ${formatFocusTotal(wall * 1000)}`;
}
