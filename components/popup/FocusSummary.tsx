import { formatFocusTotal } from '@/utils/timer/format';
import type { FocusStats } from '@/utils/timer/stats';
import { WeekChart } from './WeekChart';

/** Today's focus, the streak, the weekly goal's progress and the last 7 days. */
export function FocusSummary({ stats }: { stats: FocusStats }) {
  const goal = stats.weeklyGoalMs;
  return (
    <section class="focus-summary" aria-label="Your focus">
      <dl class="focus-figures">
        <div>
          <dt>Today</dt>
          <dd>{formatFocusTotal(stats.todayMs)}</dd>
        </div>
        <div>
          <dt>Streak</dt>
          <dd>
            {stats.streakDays} {stats.streakDays === 1 ? 'day' : 'days'}
          </dd>
        </div>
      </dl>
      {goal > 0 ? (
        <div class="weekly-goal">
          <label for="weekly-goal-progress">
            This week: {formatFocusTotal(stats.weekMs)} of {formatFocusTotal(goal)}
          </label>
          <progress id="weekly-goal-progress" max={goal} value={Math.min(stats.weekMs, goal)} />
        </div>
      ) : (
        <p class="muted weekly-goal">This week: {formatFocusTotal(stats.weekMs)} (no weekly goal set)</p>
      )}
      <WeekChart days={stats.lastSevenDays} />
    </section>
  );
}
