/** The focus timer's state, events and effects, and the few pure reads of them (see ./machine.ts). */
import type { FocusSession, SessionPhase } from '../model/sessions';

export type TimerStatus = 'idle' | 'running' | 'paused';

export interface TimerConfig {
  focusMs: number;
  shortBreakMs: number;
  longBreakMs: number;
  longBreakEvery: number;
  notifications: boolean;
  pauseVideosOnBreak: boolean;
}

export interface TimerState {
  status: TimerStatus;
  /** The current phase, or the next one while idle. */
  phase: SessionPhase;
  sessionId: string | null;
  /** When the current session started (null while idle). */
  startedAt: number | null;
  plannedMs: number;
  /** While running: when the phase ends. */
  endsAt: number | null;
  /** While paused: what is left. */
  remainingMs: number | null;
  /** Completed focus blocks since the last long break. */
  focusInCycle: number;
  /** The last time the runner saw the timer (for clock jumps and restarts). */
  lastSeenAt: number;
  /** Increases with every session; makes session ids unique and deterministic. */
  seq: number;
  config: TimerConfig;
}

export type TimerEvent =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'toggle' }
  | { type: 'skip' }
  | { type: 'stop' }
  /** Time passes: an alarm fired or someone looked at the timer. */
  | { type: 'tick' }
  /** The browser restarted since the state was saved. */
  | { type: 'restore' };

export type RecordedSession = Omit<FocusSession, 'lectureKeys' | 'noteCount'>;

export type TimerEffect =
  | { type: 'record-session'; session: RecordedSession }
  | { type: 'notify-phase-end'; ended: SessionPhase; next: SessionPhase; nextStarted: boolean }
  | { type: 'pause-videos' };

export interface Transition {
  state: TimerState;
  effects: TimerEffect[];
}

/** More than this unseen while running is a clock jump (sleep, hibernation), not counted. */
export const GAP_MS = 3 * 60_000;
const MINUTE = 60_000;

export function configFromSettings(settings: {
  focusMinutes: number;
  shortBreakMinutes: number;
  longBreakMinutes: number;
  longBreakEvery: number;
  notifications: boolean;
  pauseVideosOnBreak: boolean;
}): TimerConfig {
  return {
    focusMs: settings.focusMinutes * MINUTE,
    shortBreakMs: settings.shortBreakMinutes * MINUTE,
    longBreakMs: settings.longBreakMinutes * MINUTE,
    longBreakEvery: Math.max(1, settings.longBreakEvery),
    notifications: settings.notifications,
    pauseVideosOnBreak: settings.pauseVideosOnBreak,
  };
}

export function initialTimerState(config: TimerConfig, now: number): TimerState {
  return {
    status: 'idle',
    phase: 'focus',
    sessionId: null,
    startedAt: null,
    plannedMs: config.focusMs,
    endsAt: null,
    remainingMs: null,
    focusInCycle: 0,
    lastSeenAt: now,
    seq: 0,
    config,
  };
}

/** Milliseconds left in the current phase (the planned length while idle). */
export function remainingMs(state: TimerState, now: number): number {
  if (state.status === 'running') return Math.min(state.plannedMs, Math.max(0, (state.endsAt ?? now) - now));
  if (state.status === 'paused') return Math.max(0, state.remainingMs ?? 0);
  return lengthOf(state.phase, state.config);
}

export function lengthOf(phase: SessionPhase, config: TimerConfig): number {
  if (phase === 'focus') return config.focusMs;
  return phase === 'longBreak' ? config.longBreakMs : config.shortBreakMs;
}
