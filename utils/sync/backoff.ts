/**
 * How long to wait before trying again after failed passes (a server down, no network): doubling
 * from 30 seconds, at most 30 minutes. Pure.
 */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 30 * 60_000;

export function retryDelay(failuresInARow: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failuresInARow - 1));
}
