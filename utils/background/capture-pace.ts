/**
 * Chromium lets an extension capture the visible tab only twice a second
 * (`MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND`); a third call fails. A student taking snapshot notes
 * quickly (or two players' notes back to back) must not lose a picture to that: captures take
 * turns, spaced out, and one refused for the quota waits and is tried once more. Firefox has no
 * such limit; the spacing costs a snapshot note at most half a second there.
 */

/** Least time between two captures (the quota is two a second). */
export const CAPTURE_SPACING_MS = 550;
/** How long a capture refused for the quota waits before its one retry. */
export const QUOTA_RETRY_MS = 1000;

export interface PaceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PaceClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resume) => setTimeout(resume, ms)),
};

const isQuotaError = (error: unknown) => /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String(error));

/** `capture`, one call at a time and at least CAPTURE_SPACING_MS apart, retried once on the quota. */
export function paced<A extends unknown[], R>(
  capture: (...args: A) => Promise<R>,
  clock: PaceClock = realClock,
): (...args: A) => Promise<R> {
  let queue: Promise<unknown> = Promise.resolve();
  let lastEnded = Number.NEGATIVE_INFINITY;
  return (...args) => {
    const turn = queue.then(async () => {
      const wait = lastEnded + CAPTURE_SPACING_MS - clock.now();
      if (wait > 0) await clock.sleep(wait);
      try {
        return await capture(...args);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        await clock.sleep(QUOTA_RETRY_MS);
        return await capture(...args);
      } finally {
        lastEnded = clock.now();
      }
    });
    queue = turn.catch(() => undefined);
    return turn;
  };
}
