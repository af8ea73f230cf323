import { describe, expect, it } from 'vitest';
import { type CountedSession, focusMsByDay, focusStats, lastSevenDays, streakDays } from '@/utils/timer/stats';

const MIN = 60_000;
/** Local time, so days are the student's days whatever the machine's zone. */
const at = (day: number, hour = 10, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const focus = (startedAt: number, minutes: number): CountedSession => ({
  phase: 'focus',
  startedAt,
  activeMs: minutes * MIN,
});
// Wednesday 25 November 2026.
const NOW = at(25, 18);

describe('focus statistics', () => {
  it("today's total adds today's focus only, breaks excluded", () => {
    const stats = focusStats(
      [
        focus(at(25, 9), 25),
        focus(at(25, 10), 12),
        { phase: 'shortBreak', startedAt: at(25, 9, 25), activeMs: 5 * MIN },
        focus(at(24, 23, 50), 25),
      ],
      NOW,
      10,
    );
    expect(stats.todayMs).toBe(37 * MIN);
  });

  it('a streak counts days in a row with focus, and today without focus yet does not break it', () => {
    const sessions = [focus(at(24), 25), focus(at(23), 5), focus(at(22), 30), focus(at(20), 25)];
    expect(streakDays(focusMsByDay(sessions), NOW)).toBe(3);
    expect(streakDays(focusMsByDay([...sessions, focus(at(25), 2)]), NOW)).toBe(4);
  });

  it('a gap of a day ends a streak; under a minute of focus does not count', () => {
    expect(streakDays(focusMsByDay([focus(at(23), 25)]), NOW)).toBe(0);
    expect(streakDays(focusMsByDay([focus(at(25), 0.5), focus(at(24), 0.5)]), NOW)).toBe(0);
    expect(streakDays(new Map(), NOW)).toBe(0);
  });

  it('the 7-day chart has seven days, oldest first, today last, empty days at zero', () => {
    const days = lastSevenDays(focusMsByDay([focus(at(25), 25), focus(at(19), 10), focus(at(18), 99)]), NOW);
    expect(days.map((day) => new Date(day.day).getDate())).toEqual([19, 20, 21, 22, 23, 24, 25]);
    expect(days.map((day) => day.focusMs / MIN)).toEqual([10, 0, 0, 0, 0, 0, 25]);
  });

  it('weekly progress counts focus since Monday against the goal in hours', () => {
    // Monday 23 November 2026 starts the week; Sunday 22nd is last week.
    const stats = focusStats([focus(at(23, 0, 5), 50), focus(at(25), 25), focus(at(22, 23), 60)], NOW, 5);
    expect(stats.weekMs).toBe(75 * MIN);
    expect(stats.weeklyGoalMs).toBe(5 * 3_600_000);
    expect(focusStats([], NOW, 0).weeklyGoalMs).toBe(0);
  });
});
