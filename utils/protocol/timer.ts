/**
 * Focus timer messages (popup, pages → background). Part of the protocol in ./messages.ts.
 * The background owns the timer: every message answers with the timer as it now is.
 */
import * as v from 'valibot';
import type { TimerState } from '../timer/machine';
import type { FocusStats } from '../timer/stats';
import { fromPages, type SenderRule } from './senders';

const noPayload = v.strictObject({});

export const timerRequests = {
  /** The timer and the student's focus statistics (also lets due phases end). */
  'timer/get': noPayload,
  'timer/start': noPayload,
  'timer/pause': noPayload,
  'timer/resume': noPayload,
  /** Ends the current phase as skipped and runs the next one. */
  'timer/skip': noPayload,
  /** Ends the current phase as stopped; the timer goes idle. */
  'timer/stop': noPayload,
} as const;

export type TimerCommand = Exclude<keyof typeof timerRequests, 'timer/get'>;

export interface TimerView {
  state: TimerState;
  stats: FocusStats;
  /** The background's clock when it answered. */
  now: number;
}

export interface TimerResponses {
  'timer/get': TimerView;
  'timer/start': TimerView;
  'timer/pause': TimerView;
  'timer/resume': TimerView;
  'timer/skip': TimerView;
  'timer/stop': TimerView;
}

/** Who may send each (./senders.ts). */
export const timerSenders = {
  'timer/get': fromPages,
  'timer/start': fromPages,
  'timer/pause': fromPages,
  'timer/resume': fromPages,
  'timer/skip': fromPages,
  'timer/stop': fromPages,
} satisfies Record<keyof typeof timerRequests, SenderRule>;
