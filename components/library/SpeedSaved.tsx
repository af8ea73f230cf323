import type { Lecture } from '@/utils/model/lectures';
import { describePlayed, playedSince, weekStartKey } from '@/utils/speed/time-saved';

/**
 * The focus history's line on speed: "3 h of lecture in 2 h 10 min this week", from every
 * lecture's playing time (utils/speed/time-saved.ts). Nothing while speed changed nothing worth a
 * minute this week.
 */
export function SpeedSaved({ lectures, now }: { lectures: readonly Lecture[]; now: number }) {
  const said = describePlayed(playedSince(lectures, weekStartKey(now)));
  return said ? <p class="speed-saved">Speed: {said} this week.</p> : null;
}
