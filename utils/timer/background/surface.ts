/**
 * What the browser shows and schedules for the timer — the toolbar badge and the alarms — is a
 * function of the state, re-applied after every step: a write lost when the worker stopped is
 * repaired by the next step. Phase ends are alarms (never in-memory timers); a `tick` alarm on each
 * whole minute keeps the badge's minutes right and lets the runner see the clock while it runs.
 */
import { browser } from 'wxt/browser';
import type { SessionPhase } from '../../model/sessions';
import { remainingMs, type TimerState } from '../machine';

export const PHASE_END_ALARM = 'timer-phase-end';
export const TICK_ALARM = 'timer-tick';

export const BADGE_COLOURS: Record<SessionPhase | 'paused', string> = {
  focus: '#c0392b',
  shortBreak: '#2e7d32',
  longBreak: '#2f5bd3',
  paused: '#6b6b6b',
};

export const PHASE_NAMES: Record<SessionPhase, string> = {
  focus: 'Focus',
  shortBreak: 'Short break',
  longBreak: 'Long break',
};

/** MV3 has `action`, Firefox MV2 `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** The badge text: whole minutes left, rounded up ('' while idle). */
export function badgeText(state: TimerState, now: number): string {
  if (state.status === 'idle') return '';
  return String(Math.ceil(remainingMs(state, now) / 60_000));
}

/** When the badge's minute next changes, if before the phase ends. */
export function nextTickAt(state: TimerState, now: number): number | null {
  if (state.status !== 'running' || state.endsAt === null) return null;
  const minutesLeft = Math.ceil((state.endsAt - now) / 60_000);
  if (minutesLeft <= 1) return null;
  return Math.max(now + 1000, state.endsAt - (minutesLeft - 1) * 60_000);
}

export async function syncTimerSurface(state: TimerState, now: number): Promise<void> {
  const button = toolbarButton();
  const text = badgeText(state, now);
  const colour = BADGE_COLOURS[state.status === 'paused' ? 'paused' : state.phase];
  const title =
    state.status === 'idle'
      ? 'Lectern'
      : `Lectern — ${PHASE_NAMES[state.phase]}: ${text} min left${state.status === 'paused' ? ' (paused)' : ''}`;
  await Promise.all([
    button.setBadgeText({ text }),
    button.setBadgeBackgroundColor({ color: colour }),
    button.setTitle({ title }),
    scheduleAlarms(state, now),
  ]);
}

async function scheduleAlarms(state: TimerState, now: number) {
  if (state.status !== 'running' || state.endsAt === null) {
    await Promise.all([browser.alarms.clear(PHASE_END_ALARM), browser.alarms.clear(TICK_ALARM)]);
    return;
  }
  browser.alarms.create(PHASE_END_ALARM, { when: state.endsAt });
  const tick = nextTickAt(state, now);
  if (tick === null) await browser.alarms.clear(TICK_ALARM);
  else browser.alarms.create(TICK_ALARM, { when: tick });
}

/** Nothing of the timer left in the browser: no alarm of Lectern's (phase end, tick, reminders), an empty badge. */
export async function clearTimerSurface(): Promise<void> {
  const button = toolbarButton();
  await Promise.all([
    browser.alarms.clearAll(),
    button.setBadgeText({ text: '' }),
    button.setTitle({ title: 'Lectern' }),
  ]);
}
