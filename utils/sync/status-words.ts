/**
 * How sync stands, in plain words, for the popup's line and the options page. Pure: the clock
 * comes in as `now`. No date-fns: the popup stays small (tests/unit/components/popup/popup-imports.test.ts).
 */
import type { SyncStatusReply } from '../protocol/sync';

export interface SyncWords {
  /** One line: "Synced 3 minutes ago", "Syncing…", "Sync failed". */
  headline: string;
  /** Changes not yet synced, or null when none. */
  pending: string | null;
  /** The last error, as the student should read it, or null. */
  problem: string | null;
  /** When the next try is, after a failure, or null. */
  retry: string | null;
}

const UNITS: [number, string][] = [
  [24 * 3600_000, 'day'],
  [3600_000, 'hour'],
  [60_000, 'minute'],
];

/** "3 minutes", "1 hour", "less than a minute". */
export function spanInWords(ms: number): string {
  for (const [size, unit] of UNITS) {
    const count = Math.floor(ms / size);
    if (count >= 1) return `${count} ${unit}${count === 1 ? '' : 's'}`;
  }
  return 'less than a minute';
}

export function describeSyncStatus(status: SyncStatusReply, now: number): SyncWords {
  const pending =
    status.pending === 0
      ? null
      : status.pending === 1
        ? '1 change not synced yet'
        : `${status.pending} changes not synced yet`;
  const retry =
    status.nextRetryAt !== null && status.lastError !== null && status.nextRetryAt > now
      ? `Lectern will try again in ${spanInWords(status.nextRetryAt - now + 59_999)}.`
      : null;
  let headline: string;
  if (!status.configured) headline = 'Sync is off';
  else if (status.runningSince !== null) headline = 'Syncing…';
  else if (status.failures > 0) headline = 'Sync failed';
  else if (status.lastSyncAt !== null) {
    const since = now - status.lastSyncAt;
    headline = since < 60_000 ? 'Synced just now' : `Synced ${spanInWords(since)} ago`;
  } else headline = 'Not synced yet';
  return { headline, pending: status.configured ? pending : null, problem: status.lastError, retry };
}
