import { describe, expect, it } from 'vitest';
import {
  GAP_MS,
  initialTimerState,
  remainingMs,
  type TimerConfig,
  type TimerEffect,
  type TimerEvent,
  type TimerState,
  transition,
} from '@/utils/timer/machine';

const MIN = 60_000;
const config: TimerConfig = {
  focusMs: 25 * MIN,
  shortBreakMs: 5 * MIN,
  longBreakMs: 15 * MIN,
  longBreakEvery: 4,
  notifications: true,
  pauseVideosOnBreak: true,
};
const T0 = Date.UTC(2026, 10, 25, 9, 0);

/**
 * Runs events in order, each at its time, with a `tick` every minute in between as the runner's
 * alarms give while the machine is awake; returns the final state and every effect.
 */
function play(steps: [TimerEvent['type'], number][], from = initialTimerState(config, T0)) {
  let state: TimerState = from;
  const effects: TimerEffect[] = [];
  const apply = (event: TimerEvent, at: number) => {
    const result = transition(state, event, at);
    state = result.state;
    effects.push(...result.effects);
  };
  for (const [type, at] of steps) {
    for (let tick = state.lastSeenAt + MIN; tick < at; tick += MIN) apply({ type: 'tick' }, tick);
    apply({ type } as TimerEvent, at);
  }
  return { state, effects };
}

/** A pause from `from` to `to` minutes after T0, as `play` steps. */
const pausedBetween = (from: number, to: number): [TimerEvent['type'], number][] => [
  ['pause', T0 + from * MIN],
  ['resume', T0 + to * MIN],
];

const recorded = (effects: TimerEffect[]) =>
  effects.flatMap((effect) => (effect.type === 'record-session' ? [effect.session] : []));

describe('timer transitions', () => {
  it('starts idle, ready for a full focus block', () => {
    const state = initialTimerState(config, T0);
    expect(state).toMatchObject({ status: 'idle', phase: 'focus' });
    expect(remainingMs(state, T0)).toBe(25 * MIN);
  });

  it('start runs a focus block that ends 25 minutes later', () => {
    const { state, effects } = play([['start', T0]]);
    expect(state).toMatchObject({ status: 'running', phase: 'focus', startedAt: T0, endsAt: T0 + 25 * MIN });
    expect(effects).toEqual([]);
    expect(remainingMs(state, T0 + 10 * MIN)).toBe(15 * MIN);
  });

  it('start while running changes nothing', () => {
    const once = play([['start', T0]]).state;
    expect(transition(once, { type: 'start' }, T0 + MIN).state.endsAt).toBe(once.endsAt);
  });

  it('a focus block that ends records it as completed, starts a short break and pauses videos', () => {
    const { state, effects } = play([
      ['start', T0],
      ['tick', T0 + 25 * MIN + 300],
    ]);
    expect(state).toMatchObject({ status: 'running', phase: 'shortBreak', startedAt: T0 + 25 * MIN });
    expect(state.endsAt).toBe(T0 + 30 * MIN);
    expect(recorded(effects)).toEqual([
      expect.objectContaining({
        phase: 'focus',
        outcome: 'completed',
        activeMs: 25 * MIN,
        plannedMs: 25 * MIN,
        startedAt: T0,
        endedAt: T0 + 25 * MIN,
      }),
    ]);
    expect(effects.map((effect) => effect.type)).toEqual(['record-session', 'pause-videos', 'notify-phase-end']);
    expect(effects[2]).toEqual({ type: 'notify-phase-end', ended: 'focus', next: 'shortBreak', nextStarted: true });
  });

  it('a break that ends leaves the timer idle, ready to focus, and says so', () => {
    const { state, effects } = play([
      ['start', T0],
      ['tick', T0 + 25 * MIN],
      ['tick', T0 + 30 * MIN],
    ]);
    expect(state).toMatchObject({ status: 'idle', phase: 'focus', sessionId: null });
    expect(recorded(effects).map((s) => [s.phase, s.outcome])).toEqual([
      ['focus', 'completed'],
      ['shortBreak', 'completed'],
    ]);
    expect(effects.at(-1)).toEqual({
      type: 'notify-phase-end',
      ended: 'shortBreak',
      next: 'focus',
      nextStarted: false,
    });
  });

  it('ends both a focus block and its break when one step comes after both were due', () => {
    const running = play([['start', T0]]).state;
    // Seen a minute ago, so this is no clock jump: both phases simply ended.
    const { state, effects } = transition({ ...running, lastSeenAt: T0 + 30 * MIN }, { type: 'tick' }, T0 + 31 * MIN);
    expect(state.status).toBe('idle');
    expect(recorded(effects).map((s) => [s.phase, s.endedAt])).toEqual([
      ['focus', T0 + 25 * MIN],
      ['shortBreak', T0 + 30 * MIN],
    ]);
  });

  it('leaves notifications and video pausing out when the options say so', () => {
    const quiet = { ...config, notifications: false, pauseVideosOnBreak: false };
    const { effects } = play(
      [
        ['start', T0],
        ['tick', T0 + 25 * MIN],
        ['tick', T0 + 30 * MIN],
      ],
      initialTimerState(quiet, T0),
    );
    expect(effects.map((effect) => effect.type)).toEqual(['record-session', 'record-session']);
  });

  it('toggle starts, pauses and resumes', () => {
    let state = initialTimerState(config, T0);
    state = transition(state, { type: 'toggle' }, T0).state;
    expect(state.status).toBe('running');
    state = transition(state, { type: 'toggle' }, T0 + MIN).state;
    expect(state.status).toBe('paused');
    state = transition(state, { type: 'toggle' }, T0 + 2 * MIN).state;
    expect(state.status).toBe('running');
  });

  it('ignores pause while idle, resume while running, skip and stop while idle', () => {
    const idle = initialTimerState(config, T0);
    for (const type of ['pause', 'resume', 'skip', 'stop'] as const) {
      expect(transition(idle, { type }, T0)).toEqual({ state: { ...idle, lastSeenAt: T0 }, effects: [] });
    }
    const running = play([['start', T0]]).state;
    expect(transition(running, { type: 'resume' }, T0 + MIN).state.endsAt).toBe(running.endsAt);
  });
});

describe('pause and resume arithmetic', () => {
  it('keeps what was left while paused, however long the pause', () => {
    const { state } = play([
      ['start', T0],
      ['pause', T0 + 10 * MIN + 30_000],
    ]);
    expect(state).toMatchObject({ status: 'paused', endsAt: null, remainingMs: 14 * MIN + 30_000 });
    expect(remainingMs(state, T0 + 5 * 3_600_000)).toBe(14 * MIN + 30_000);
    const resumed = transition(state, { type: 'resume' }, T0 + 3_600_000).state;
    expect(resumed.endsAt).toBe(T0 + 3_600_000 + 14 * MIN + 30_000);
  });

  it('does not count paused time: a focus block paused twice ends late by the pauses', () => {
    const { state, effects } = play([
      ['start', T0],
      ...pausedBetween(5, 7),
      ...pausedBetween(10, 11),
      ['tick', T0 + 27 * MIN],
      ['tick', T0 + 28 * MIN],
    ]);
    expect(recorded(effects)).toEqual([
      expect.objectContaining({ activeMs: 25 * MIN, startedAt: T0, endedAt: T0 + 28 * MIN }),
    ]);
    expect(state.phase).toBe('shortBreak');
  });

  it('stop records the time counted so far, pauses excluded, and goes idle', () => {
    const { state, effects } = play([['start', T0], ...pausedBetween(4, 9), ['stop', T0 + 12 * MIN]]);
    expect(state.status).toBe('idle');
    expect(recorded(effects)).toEqual([
      expect.objectContaining({ phase: 'focus', outcome: 'stopped', activeMs: 7 * MIN, endedAt: T0 + 12 * MIN }),
    ]);
  });

  it('a pause after the phase was due ends the phase first, then pauses the break', () => {
    const { state, effects } = play([
      ['start', T0],
      ['pause', T0 + 26 * MIN],
    ]);
    expect(recorded(effects)[0]).toMatchObject({ outcome: 'completed', endedAt: T0 + 25 * MIN });
    expect(state).toMatchObject({ status: 'paused', phase: 'shortBreak', remainingMs: 4 * MIN });
  });
});

describe('skip', () => {
  it('skipping focus records it as skipped and starts a break without counting it toward the long one', () => {
    const { state, effects } = play([
      ['start', T0],
      ['skip', T0 + 20 * MIN],
    ]);
    expect(recorded(effects)).toEqual([expect.objectContaining({ outcome: 'skipped', activeMs: 20 * MIN })]);
    expect(state).toMatchObject({ status: 'running', phase: 'shortBreak', focusInCycle: 0, startedAt: T0 + 20 * MIN });
    expect(effects.map((effect) => effect.type)).toEqual(['record-session', 'pause-videos']);
  });

  it('skipping a break starts the next focus block at once', () => {
    const { state, effects } = play([
      ['start', T0],
      ['tick', T0 + 25 * MIN],
      ['skip', T0 + 26 * MIN],
    ]);
    expect(state).toMatchObject({ status: 'running', phase: 'focus', endsAt: T0 + 51 * MIN });
    expect(recorded(effects).at(-1)).toMatchObject({ phase: 'shortBreak', outcome: 'skipped', activeMs: MIN });
  });

  it('skipping a paused phase works the same', () => {
    const { state } = play([
      ['start', T0],
      ['pause', T0 + MIN],
      ['skip', T0 + 2 * MIN],
    ]);
    expect(state).toMatchObject({ status: 'running', phase: 'shortBreak' });
  });
});

describe('long-break cadence', () => {
  /** Completes `count` focus blocks in a row (each followed by its break), returns the phases seen. */
  function cycle(count: number, every: number) {
    let state = initialTimerState({ ...config, longBreakEvery: every }, T0);
    const breaks: string[] = [];
    for (let index = 0; index < count; index++) {
      state = play([['start', state.lastSeenAt]], state).state;
      state = play([['tick', state.endsAt as number]], state).state;
      breaks.push(state.phase);
      state = play([['tick', state.endsAt as number]], state).state;
    }
    return breaks;
  }

  it.each([
    [4, ['shortBreak', 'shortBreak', 'shortBreak', 'longBreak', 'shortBreak', 'shortBreak', 'shortBreak', 'longBreak']],
    [2, ['shortBreak', 'longBreak', 'shortBreak', 'longBreak', 'shortBreak', 'longBreak', 'shortBreak', 'longBreak']],
    [1, ['longBreak', 'longBreak', 'longBreak', 'longBreak', 'longBreak', 'longBreak', 'longBreak', 'longBreak']],
  ])('every %i focus blocks a long break', (every, expected) => {
    expect(cycle(8, every)).toEqual(expected);
  });

  it('a long break lasts the long length', () => {
    const state = initialTimerState(config, T0);
    const onBreak = play(
      [
        ['start', T0],
        ['tick', T0 + 25 * MIN],
      ],
      { ...state, focusInCycle: 3 },
    ).state;
    expect(onBreak).toMatchObject({ phase: 'longBreak', endsAt: T0 + 40 * MIN, focusInCycle: 0 });
  });
});

describe('clock jumps', () => {
  it('does not count a sleep: the countdown resumes with what was left when last seen', () => {
    const { state } = play([
      ['start', T0],
      ['tick', T0 + 10 * MIN],
    ]);
    const afterSleep = T0 + 3 * 3_600_000;
    const woken = transition(state, { type: 'tick' }, afterSleep);
    expect(woken.effects).toEqual([]);
    expect(woken.state).toMatchObject({ status: 'running', phase: 'focus', endsAt: afterSleep + 15 * MIN });
    const done = play([['tick', afterSleep + 15 * MIN]], woken.state);
    expect(recorded(done.effects)[0]).toMatchObject({ outcome: 'completed', activeMs: 25 * MIN });
  });

  it('counts time normally when seen within the gap allowance', () => {
    const { state } = play([
      ['start', T0],
      ['tick', T0 + 10 * MIN],
    ]);
    const seen = transition(state, { type: 'tick' }, T0 + 10 * MIN + GAP_MS - 1000).state;
    expect(seen.endsAt).toBe(T0 + 25 * MIN);
  });

  it('a clock set back does not give time back: what was left stays left', () => {
    const { state } = play([
      ['start', T0],
      ['tick', T0 + 10 * MIN],
    ]);
    const back = T0 - 3_600_000;
    const result = transition(state, { type: 'tick' }, back);
    expect(result.state.endsAt).toBe(back + 15 * MIN);
    expect(remainingMs(result.state, back)).toBe(15 * MIN);
  });

  it('a paused timer is untouched by a jump', () => {
    const { state } = play([
      ['start', T0],
      ['pause', T0 + 10 * MIN],
    ]);
    const later = transition(state, { type: 'tick' }, T0 + 10 * 3_600_000).state;
    expect(later).toMatchObject({ status: 'paused', remainingMs: 15 * MIN });
  });
});

describe('restarts from persisted state', () => {
  it('records the running session as interrupted once and continues the countdown as a new session', () => {
    const { state } = play([
      ['start', T0],
      ['tick', T0 + 10 * MIN],
    ]);
    // Persisted, the browser closes, and reopens 20 minutes later.
    const saved: TimerState = JSON.parse(JSON.stringify(state));
    const reopened = T0 + 30 * MIN;
    const restored = transition(saved, { type: 'restore' }, reopened);
    expect(recorded(restored.effects)).toEqual([
      {
        id: state.sessionId,
        phase: 'focus',
        plannedMs: 25 * MIN,
        activeMs: 10 * MIN,
        startedAt: T0,
        endedAt: T0 + 10 * MIN,
        outcome: 'interrupted',
      },
    ]);
    expect(restored.state).toMatchObject({
      status: 'running',
      phase: 'focus',
      startedAt: reopened,
      plannedMs: 15 * MIN,
      endsAt: reopened + 15 * MIN,
    });
    expect(restored.state.sessionId).not.toBe(state.sessionId);
    // Nothing more is recorded on the next steps: the interruption is counted once.
    expect(transition(restored.state, { type: 'tick' }, reopened + MIN).effects).toEqual([]);
    const finished = play([['tick', reopened + 15 * MIN]], restored.state);
    expect(recorded(finished.effects)).toEqual([
      expect.objectContaining({ outcome: 'completed', activeMs: 15 * MIN, plannedMs: 15 * MIN }),
    ]);
    expect(finished.state).toMatchObject({ phase: 'shortBreak', focusInCycle: 1 });
  });

  it('replaying a restore (the worker stopped before saving) records the same session id', () => {
    const { state } = play([['start', T0]]);
    const first = recorded(transition(state, { type: 'restore' }, T0 + MIN).effects);
    const again = recorded(transition(state, { type: 'restore' }, T0 + 2 * MIN).effects);
    expect(first).toEqual(again);
  });

  it('keeps a paused timer paused, with what was left', () => {
    const { state } = play([
      ['start', T0],
      ['pause', T0 + 5 * MIN],
    ]);
    const restored = transition(state, { type: 'restore' }, T0 + 3_600_000);
    expect(recorded(restored.effects)).toEqual([
      expect.objectContaining({ outcome: 'interrupted', activeMs: 5 * MIN }),
    ]);
    expect(restored.state).toMatchObject({ status: 'paused', remainingMs: 20 * MIN, plannedMs: 20 * MIN });
  });

  it('a phase that was due before the browser closed ended then (completed, not interrupted)', () => {
    const running = play([['start', T0]]).state;
    const seenAfterEnd = { ...running, lastSeenAt: T0 + 26 * MIN };
    const restored = transition(seenAfterEnd, { type: 'restore' }, T0 + 5 * 3_600_000);
    expect(recorded(restored.effects).map((s) => [s.phase, s.outcome, s.activeMs])).toEqual([
      ['focus', 'completed', 25 * MIN],
      ['shortBreak', 'interrupted', MIN],
    ]);
    expect(restored.effects.some((effect) => effect.type === 'notify-phase-end')).toBe(false);
    expect(restored.state).toMatchObject({ status: 'running', phase: 'shortBreak', plannedMs: 4 * MIN });
  });

  it('an idle timer restores to idle and records nothing', () => {
    const idle = initialTimerState(config, T0);
    expect(transition(idle, { type: 'restore' }, T0 + MIN)).toEqual({
      state: { ...idle, lastSeenAt: T0 + MIN },
      effects: [],
    });
  });
});
