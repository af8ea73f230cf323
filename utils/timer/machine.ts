/**
 * The focus timer as a pure state machine: `transition(state, event, now) → { state, effects }`.
 * No clock, storage, alarms or `browser` in here; the runner (utils/timer/background/) persists the
 * state, performs the effects, and derives the badge and alarms from the state after each step.
 *
 * The rules (docs: README "Focus timer"):
 * - idle → `start` runs a focus block. A focus block that ends by itself starts a break at once
 *   (a long one after every `longBreakEvery` completed focus blocks); a break that ends by itself
 *   leaves the timer idle, ready for the next focus block (the student must be there to focus).
 * - `skip` ends the current phase as `skipped` and runs the next one (focus ⇄ break).
 *   `stop` ends it as `stopped` and goes idle. Only completed focus blocks count toward a long break.
 * - Running time is wall-clock: a phase ends at `endsAt`, even if nothing watched it happen.
 * - Clock jumps: the runner sees the timer at least once a minute while it runs (`tick` alarm),
 *   and records `lastSeenAt`. If the clock moved backwards, or more than `GAP_MS` passed unseen
 *   (sleep, hibernation), the gap is not counted: the countdown resumes with what was left when the
 *   timer was last seen.
 * - Browser restart (`restore`): the open session is recorded as `interrupted` (time counted up to
 *   when it was last seen) exactly once, and the countdown continues from what was left then, as a
 *   new session, running or paused as it was.
 */
import type { FocusSession, SessionPhase } from '../model/sessions';
import {
  GAP_MS,
  lengthOf,
  remainingMs,
  type TimerConfig,
  type TimerEffect,
  type TimerEvent,
  type TimerState,
  type TimerStatus,
  type Transition,
} from './state';

export * from './state';

/** Clocks wobble: a step back smaller than this is not a jump. */
const BACKWARD_TOLERANCE_MS = 2000;

function breakAfter(focusInCycle: number, config: TimerConfig): SessionPhase {
  return focusInCycle >= config.longBreakEvery ? 'longBreak' : 'shortBreak';
}

/** Starts a phase as a new session, at `at`, for `plannedMs` (the full length unless continuing). */
function run(state: TimerState, phase: SessionPhase, at: number, plannedMs = lengthOf(phase, state.config)) {
  const seq = state.seq + 1;
  return {
    ...state,
    status: 'running' as const,
    phase,
    sessionId: `${at.toString(36)}-${seq}`,
    startedAt: at,
    plannedMs,
    endsAt: at + plannedMs,
    remainingMs: null,
    seq,
  };
}

function idle(state: TimerState): TimerState {
  return {
    ...state,
    status: 'idle',
    phase: 'focus',
    sessionId: null,
    startedAt: null,
    plannedMs: state.config.focusMs,
    endsAt: null,
    remainingMs: null,
  };
}

/** The open session as a record, ended at `endedAt` with `left` milliseconds not done. */
function record(state: TimerState, outcome: FocusSession['outcome'], endedAt: number, left: number): TimerEffect {
  return {
    type: 'record-session',
    session: {
      id: state.sessionId ?? `${endedAt.toString(36)}-${state.seq}`,
      phase: state.phase,
      plannedMs: state.plannedMs,
      activeMs: Math.max(0, Math.min(state.plannedMs, state.plannedMs - left)),
      startedAt: state.startedAt ?? endedAt,
      endedAt,
      outcome,
    },
  };
}

/** Leaves the current phase (ended as `outcome` at `at`) for the next one. */
function nextPhase(state: TimerState, outcome: 'completed' | 'skipped', at: number, left: number): Transition {
  const effects: TimerEffect[] = [record(state, outcome, at, left)];
  if (state.phase === 'focus') {
    const focusInCycle = state.focusInCycle + (outcome === 'completed' ? 1 : 0);
    const next = breakAfter(focusInCycle, state.config);
    const started = run({ ...state, focusInCycle: next === 'longBreak' ? 0 : focusInCycle }, next, at);
    if (state.config.pauseVideosOnBreak) effects.push({ type: 'pause-videos' });
    if (outcome === 'completed' && state.config.notifications) {
      effects.push({ type: 'notify-phase-end', ended: 'focus', next, nextStarted: true });
    }
    return { state: started, effects };
  }
  if (outcome === 'skipped') return { state: run(state, 'focus', at), effects };
  if (state.config.notifications) {
    effects.push({ type: 'notify-phase-end', ended: state.phase, next: 'focus', nextStarted: false });
  }
  return { state: idle(state), effects };
}

/** Lets time pass up to `now`: undoes clock jumps, then ends every phase that is due. */
function advance(state: TimerState, now: number): Transition {
  let current = state;
  const effects: TimerEffect[] = [];
  if (current.status === 'running' && current.endsAt !== null) {
    const unseen = now - current.lastSeenAt;
    if (unseen < -BACKWARD_TOLERANCE_MS || unseen > GAP_MS) {
      // A clock jump: what was left when last seen is still left.
      const left = Math.max(0, current.endsAt - current.lastSeenAt);
      current = { ...current, endsAt: now + left };
    }
  }
  // A focus block can end into a break that also ends: at most two phase ends per step.
  for (let guard = 0; guard < 3 && current.status === 'running' && (current.endsAt ?? now) <= now; guard++) {
    const step = nextPhase(current, 'completed', current.endsAt ?? now, 0);
    current = step.state;
    effects.push(...step.effects);
  }
  return { state: { ...current, lastSeenAt: now }, effects };
}

function restore(state: TimerState, now: number): Transition {
  // Phases due before the browser closed ended then; only their records matter now.
  const seen = advance(state, state.lastSeenAt);
  const effects: TimerEffect[] = seen.effects.filter((effect) => effect.type === 'record-session');
  const last = seen.state;
  if (last.status === 'idle') return { state: { ...last, lastSeenAt: now }, effects };
  const left = remainingMs(last, last.lastSeenAt);
  effects.push(record(last, 'interrupted', last.lastSeenAt, left));
  const continued = run(last, last.phase, now, left);
  const next: TimerState =
    last.status === 'paused' ? { ...continued, status: 'paused', endsAt: null, remainingMs: left } : continued;
  return { state: { ...next, lastSeenAt: now }, effects };
}

export function transition(state: TimerState, event: TimerEvent, now: number): Transition {
  if (event.type === 'restore') return restore(state, now);
  const advanced = advance(state, now);
  const current = advanced.state;
  const done = (next: Transition) => ({ state: next.state, effects: [...advanced.effects, ...next.effects] });
  const type = event.type === 'toggle' ? toggled(current.status) : event.type;
  switch (type) {
    case 'start':
      return done({ state: current.status === 'idle' ? run(current, current.phase, now) : current, effects: [] });
    case 'pause':
      if (current.status !== 'running') return done({ state: current, effects: [] });
      return done({
        state: { ...current, status: 'paused', endsAt: null, remainingMs: remainingMs(current, now) },
        effects: [],
      });
    case 'resume':
      if (current.status !== 'paused') return done({ state: current, effects: [] });
      return done({
        state: { ...current, status: 'running', endsAt: now + (current.remainingMs ?? 0), remainingMs: null },
        effects: [],
      });
    case 'skip':
      if (current.status === 'idle') return done({ state: current, effects: [] });
      return done(nextPhase(current, 'skipped', now, remainingMs(current, now)));
    case 'stop':
      if (current.status === 'idle') return done({ state: current, effects: [] });
      return done({ state: idle(current), effects: [record(current, 'stopped', now, remainingMs(current, now))] });
    default:
      return advanced;
  }
}

function toggled(status: TimerStatus): TimerEvent['type'] {
  if (status === 'idle') return 'start';
  return status === 'running' ? 'pause' : 'resume';
}
