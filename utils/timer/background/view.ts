import { subDays } from 'date-fns';
import { listSessionsSince } from '../../db/sessions';
import type { TimerView } from '../../protocol/timer';
import { timerSettings } from '../../settings/items';
import { remainingMs, type TimerState } from '../machine';
import { type CountedSession, focusStats } from '../stats';

/** Streaks longer than this are shown as this long (a year of sessions is read at most). */
const HISTORY_DAYS = 400;

/** The timer and the statistics the popup shows; the focus block in progress counts already. */
export async function timerView(state: TimerState, now: number): Promise<TimerView> {
  const [sessions, settings] = await Promise.all([
    listSessionsSince(subDays(now, HISTORY_DAYS).getTime()),
    timerSettings.getValue(),
  ]);
  const counted: CountedSession[] = [...sessions];
  if (state.status !== 'idle' && state.phase === 'focus' && state.startedAt !== null) {
    counted.push({ phase: 'focus', startedAt: state.startedAt, activeMs: state.plannedMs - remainingMs(state, now) });
  }
  return { state, stats: focusStats(counted, now, settings.weeklyGoalHours), now };
}
