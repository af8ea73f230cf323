import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../protocol/send';
import type { TimerCommand, TimerView } from '../protocol/timer';
import { remainingMs, type TimerState } from '../timer/state';
import { timerStateItem } from '../timer/storage';

/** What the student sees change; the background's `lastSeenAt` bookkeeping is not part of it. */
function shownPart(state: TimerState | undefined): string {
  if (!state) return '';
  return [state.status, state.phase, state.sessionId, state.endsAt, state.remainingMs, state.plannedMs].join('|');
}

/**
 * The background's timer for a page that shows it (the popup): asks for it when mounted, again
 * whenever the background saves a visible change, and counts the seconds down locally in between.
 * Commands go to the background, which owns the timer; the answer is the new timer.
 */
export function useTimer() {
  const [view, setView] = useState<TimerView>();
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const shown = useRef('');
  const nudged = useRef<string | null>(null);

  const show = (next: TimerView) => {
    shown.current = shownPart(next.state);
    setView(next);
    setError(null);
  };
  const fail = (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason));
  const refresh = () => sendMessage('timer/get', {}).then(show, fail);

  useEffect(() => {
    void refresh();
    const unwatch = timerStateItem.watch((saved) => {
      if (shownPart(saved?.state) !== shown.current) void refresh();
    });
    const clock = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      unwatch();
      clearInterval(clock);
    };
  }, []);

  const left = view ? remainingMs(view.state, Math.max(now, view.now)) : 0;
  // The phase is due: ask the background, which ends it (its alarm may be a moment behind).
  useEffect(() => {
    const id = view?.state.sessionId ?? null;
    if (view?.state.status === 'running' && left <= 0 && nudged.current !== id) {
      nudged.current = id;
      void refresh();
    }
  }, [left, view]);

  const command = (type: TimerCommand) => sendMessage(type, {}).then(show, fail);
  return { view, error, remainingMs: left, command };
}
