import type { Lecture } from '@/utils/model/lectures';
import { describeRate } from '@/utils/speed/rates';
import { describePlayed, playedSince } from '@/utils/speed/time-saved';

/**
 * A lecture page's speed: the one remembered for it (utils/speed/) and the time that saved
 * ("42 min of lecture in 28 min"). Nothing before the student chose a speed or played it at one.
 */
export function LectureSpeed({ lecture }: { lecture: Lecture }) {
  const saved = describePlayed(playedSince([lecture]));
  if (lecture.speed === undefined && !saved) return null;
  return (
    <section aria-labelledby="speed-heading" class="lecture-speed">
      <h2 id="speed-heading">Speed</h2>
      {lecture.speed === undefined ? null : (
        <p>
          Plays at {describeRate(lecture.speed)} (the speed you chose for it; Lectern puts it back when the player
          resets it).
        </p>
      )}
      {saved ? <p>{saved} so far.</p> : null}
    </section>
  );
}
