/**
 * Work a unit test started but did not wait for (a fake bridge's sends: an unmounting editor's last
 * draft save). tests/unit/setup.ts waits for all of it before the next test deletes the database.
 */
const inFlight = new Set<Promise<unknown>>();

/** Tracks `work` until it settles; returns it. */
export function track<T>(work: Promise<T>): Promise<T> {
  inFlight.add(work);
  return work.finally(() => inFlight.delete(work));
}

/** Waits until nothing tracked is still running (work started meanwhile included). */
export async function allSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
