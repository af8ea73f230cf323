import type { DomainHandlers } from '../../protocol/messages';
import type { timerRequests } from '../../protocol/timer';
import { runTimer } from '../../timer/background/runner';
import { timerView } from '../../timer/background/view';
import type { TimerEvent } from '../../timer/machine';

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
