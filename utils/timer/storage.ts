/**
 * Where the background keeps the running timer: `browser.storage.local`, so it survives the
 * service worker being stopped and the browser restarting. Pages only watch it to know when to
 * ask the background again; only the background's timer runner writes it.
 */
import { storage } from 'wxt/utils/storage';
import type { TimerState } from './machine';

export interface PersistedTimer {
  /** The browser run that last saved it (see `timerRunItem`). */
  runId: string;
  state: TimerState;
}

export const timerStateItem = storage.defineItem<PersistedTimer | null>('local:timerState', { fallback: null });

/**
 * An id for this browser run, in `storage.session` (cleared when the browser closes). A saved timer
 * from another run means the browser restarted under it.
 */
export const timerRunItem = storage.defineItem<string | null>('session:timerRun', { fallback: null });
