/**
 * The one polling wait of the e2e code, for what a page's own condition cannot say (tabs and
 * frames coming and going, files landing on disk, pixels on screen). A condition inside one page
 * goes through `tab.waitFor` (the driver's waitForFunction) instead.
 *
 * `waitUntil(awaited, read, { until, timeout, interval })` calls `read` every `interval` ms until
 * `until` accepts what it returned (by default: anything truthy) and resolves with that value. A
 * `read` that throws (a frame navigating away, a tab not there yet) counts as "not yet". Past
 * `timeout` it throws an error that names what was awaited and the last value (or error) seen.
 */

export interface WaitOptions {
  /** Milliseconds before giving up (default 15 s). */
  timeout?: number;
  /** Milliseconds between two reads (default 100). */
  interval?: number;
}

type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

/** Waits until `until(read())` holds, and resolves with what `read` returned then. */
export function waitUntil<T>(
  awaited: string,
  read: () => T | Promise<T>,
  options: WaitOptions & { until: (value: T) => boolean },
): Promise<T>;
/** Waits until `read()` returns something truthy, and resolves with it. */
export function waitUntil<T>(awaited: string, read: () => T | Promise<T>, options?: WaitOptions): Promise<Truthy<T>>;
export async function waitUntil<T>(
  awaited: string,
  read: () => T | Promise<T>,
  { timeout = 15_000, interval = 100, until = Boolean }: WaitOptions & { until?: (value: T) => boolean } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = 'nothing yet';
  for (;;) {
    try {
      const value = await read();
      if (until(value)) return value;
      last = describe(value);
    } catch (error) {
      last = `an error: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() >= deadline) throw new Error(`Waited ${timeout} ms for ${awaited}; last seen: ${last}`);
    await new Promise((resume) => setTimeout(resume, interval));
  }
}

function describe(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
