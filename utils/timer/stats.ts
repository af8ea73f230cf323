/**
 * Focus statistics for the popup and the library, from recorded sessions (pure: `now` is passed in).
 * Days are the student's local days; a session counts on the day it started. Weeks start on Monday.
 * A day counts toward the streak when it has at least one minute of focus.
 */
import { startOfDay, startOfWeek, subDays } from 'date-fns';
import type { FocusSession } from '../model/sessions';

export type CountedSession = Pick<FocusSession, 'phase' | 'startedAt' | 'activeMs'>;

export interface DayTotal {
  /** Local midnight that starts the day (epoch ms). */
  day: number;
  focusMs: number;
}

export interface FocusStats {
  todayMs: number;
  streakDays: number;
  /** The last 7 days, oldest first, today last. */
  lastSevenDays: DayTotal[];
  weekMs: number;
  /** 0 when the student set no weekly goal. */
  weeklyGoalMs: number;
}

const STREAK_MINIMUM_MS = 60_000;

/** Focus time per local day (keyed by the day's midnight). */
export function focusMsByDay(sessions: readonly CountedSession[]): Map<number, number> {
  const byDay = new Map<number, number>();
  for (const session of sessions) {
    if (session.phase !== 'focus' || session.activeMs <= 0) continue;
    const day = startOfDay(session.startedAt).getTime();
    byDay.set(day, (byDay.get(day) ?? 0) + session.activeMs);
  }
  return byDay;
}

/** Days in a row with focus, up to today; a day without focus yet today does not break it. */
export function streakDays(byDay: ReadonlyMap<number, number>, now: number): number {
  const counts = (day: Date) => (byDay.get(day.getTime()) ?? 0) >= STREAK_MINIMUM_MS;
  let day = startOfDay(now);
  if (!counts(day)) day = subDays(day, 1);
  let streak = 0;
  while (counts(day)) {
    streak += 1;
    day = subDays(day, 1);
  }
  return streak;
}

export function lastSevenDays(byDay: ReadonlyMap<number, number>, now: number): DayTotal[] {
  const today = startOfDay(now);
  return Array.from({ length: 7 }, (_, index) => {
    const day = subDays(today, 6 - index).getTime();
    return { day, focusMs: byDay.get(day) ?? 0 };
  });
}

export function weekFocusMs(sessions: readonly CountedSession[], now: number): number {
  const weekStart = startOfWeek(now, { weekStartsOn: 1 }).getTime();
  return sessions
    .filter((session) => session.phase === 'focus' && session.startedAt >= weekStart && session.startedAt <= now)
    .reduce((sum, session) => sum + Math.max(0, session.activeMs), 0);
}

export function focusStats(sessions: readonly CountedSession[], now: number, weeklyGoalHours: number): FocusStats {
  const byDay = focusMsByDay(sessions);
  return {
    todayMs: byDay.get(startOfDay(now).getTime()) ?? 0,
    streakDays: streakDays(byDay, now),
    lastSevenDays: lastSevenDays(byDay, now),
    weekMs: weekFocusMs(sessions, now),
    weeklyGoalMs: Math.max(0, weeklyGoalHours) * 3_600_000,
  };
}
