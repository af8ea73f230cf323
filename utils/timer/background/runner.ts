/**
 * Runs the timer state machine (utils/timer/machine.ts) in the background: loads the persisted state,
 * notices a browser restart, applies the event, records sessions, saves, then performs the rest.
 * One event at a time (a queue), so an alarm and a message arriving together cannot race.
 *
 * Order matters for "never lost, never counted twice": sessions are written first (keyed by id:
 * writing one again replaces it), the state second. If the worker is stopped between the two, the
 * next event replays the same transition and rewrites the same session ids.
 */
import { newId } from '../../model/ids';
import { timerSettings } from '../../settings/items';
import { configFromSettings, initialTimerState, type TimerEvent, type TimerState, transition } from '../machine';
import { timerRunItem, timerStateItem } from '../storage';
import { performTimerEffect, recordTimerSession } from './effects';
import { syncTimerSurface } from './surface';

let queue: Promise<unknown> = Promise.resolve();

export interface TimerStep {
  state: TimerState;
  /** The clock the step ran at. */
  now: number;
}

/** Applies one event to the timer at `now()` (the wall clock by default), after any queued ones. */
export function runTimer(event: TimerEvent, now: () => number = Date.now): Promise<TimerStep> {
  return inTimerQueue(() => step(event, now));
}

/**
 * Runs `work` after any queued step and before the next one. "Delete all my data" runs here
 * (utils/backup/wipe.ts), so no step half done writes the timer's state back after it.
 */
export function inTimerQueue<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work);
  queue = next.catch(() => undefined);
  return next;
}

async function currentRunId(): Promise<string> {
  const existing = await timerRunItem.getValue();
  if (existing) return existing;
  const runId = newId();
  await timerRunItem.setValue(runId);
  return runId;
}

async function step(event: TimerEvent, now: () => number): Promise<TimerStep> {
  const [settings, saved] = await Promise.all([timerSettings.getValue(), timerStateItem.getValue()]);
  const config = configFromSettings(settings);
  const at = now();
  let state: TimerState = saved ? { ...saved.state, config } : initialTimerState(config, at);
  const effects = [];
  const runId = saved ? await currentRunId() : null;
  if (saved && saved.runId !== runId) {
    const restored = transition(state, { type: 'restore' }, at);
    state = restored.state;
    effects.push(...restored.effects);
  }
  const result = transition(state, event, at);
  effects.push(...result.effects);
  for (const effect of effects) {
    if (effect.type === 'record-session') await recordTimerSession(effect.session);
  }
  // A timer never started that stays idle is not stored (nor a run id): after "delete all my
  // data", the wake its cleared settings cause leaves nothing behind.
  if (saved || result.state.status !== 'idle' || effects.length > 0) {
    await timerStateItem.setValue({ runId: runId ?? (await currentRunId()), state: result.state });
  }
  await syncTimerSurface(result.state, at);
  for (const effect of effects) {
    if (effect.type !== 'record-session') await performTimerEffect(effect).catch(() => undefined);
  }
  return { state: result.state, now: at };
}
