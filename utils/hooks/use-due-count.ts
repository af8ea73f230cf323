import { useEffect, useState } from 'preact/hooks';
import { countDueReviews } from '../db/review-items';
import { useLiveQuery } from './use-live-query';

/** The number of review items due now, live: on any write, and as time passes (each minute). */
export function useDueCount(): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(tick);
  }, []);
  return useLiveQuery(() => countDueReviews(now), [now]).value;
}
