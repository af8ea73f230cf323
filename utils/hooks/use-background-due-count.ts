import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../protocol/send';

const REFRESH_MS = 60_000;

/**
 * The number of reviews due, asked of the background (`library/due-count`): for the popup, which
 * then loads neither Dexie nor the scheduler. Asked when mounted and each minute while open;
 * undefined until the answer (or if the background cannot answer: the count is not essential).
 */
export function useBackgroundDueCount(): number | undefined {
  const [due, setDue] = useState<number>();
  useEffect(() => {
    let live = true;
    const ask = () =>
      sendMessage('library/due-count', {}).then(
        ({ due: count }) => live && setDue(count),
        () => live && setDue(undefined),
      );
    void ask();
    const tick = setInterval(ask, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(tick);
    };
  }, []);
  return due;
}
