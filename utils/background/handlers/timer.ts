import type { DomainHandlers } from '../../messaging';
import type { timerRequests } from '../../protocol/timer';
import type { TimerEvent } from '../../timer';
import { runTimer } from '../timer/runner';
import { timerView } from '../timer/view';

async function apply(event: TimerEvent) {
  const { state, now } = await runTimer(event);
  return timerView(state, now);
}

export const timerHandlers: DomainHandlers<keyof typeof timerRequests> = {
  'timer/get': () => apply({ type: 'tick' }),
  'timer/start': () => apply({ type: 'start' }),
  'timer/pause': () => apply({ type: 'pause' }),
  'timer/resume': () => apply({ type: 'resume' }),
  'timer/skip': () => apply({ type: 'skip' }),
  'timer/stop': () => apply({ type: 'stop' }),
};
