/**
 * How sync stands, in plain words, for the popup's line and the options page. Pure: the clock
 * comes in as `now`; date-fns words the times.
 */
import { formatDistanceStrict } from 'date-fns';
import type { SyncStatusReply } from '../protocol/sync';

export interface SyncWords {
  /** One line: "Synced 3 minutes ago", "Syncing…", "Sync failed: …". */
  headline: string;
  /** Changes not yet synced, or null when none. */
  pending: string | null;
  /** The last error, as the student should read it, or null. */
  problem: string | null;
  /** When the next try is, after a failure, or null. */
  retry: string | null;
}

const ago = (then: number, now: number) =>
  formatDistanceStrict(then, now, { addSuffix: true, roundingMethod: 'floor' });

export function describeSyncStatus(status: SyncStatusReply, now: number): SyncWords {
  const pending =
    status.pending === 0
      ? null
      : status.pending === 1
        ? '1 change not synced yet'
        : `${status.pending} changes not synced yet`;
  const retry =
    status.nextRetryAt !== null && status.lastError !== null && status.nextRetryAt > now
      ? `Lectern will try again ${formatDistanceStrict(status.nextRetryAt, now, { addSuffix: true, roundingMethod: 'ceil' })}.`
      : null;
  let headline: string;
  if (!status.configured) headline = 'Sync is off';
  else if (status.runningSince !== null) headline = 'Syncing…';
  else if (status.failures > 0) headline = 'Sync failed';
  else if (status.lastSyncAt !== null)
    headline = `Synced ${status.lastSyncAt > now - 5_000 ? 'just now' : ago(status.lastSyncAt, now)}`;
  else headline = 'Not synced yet';
  return { headline, pending: status.configured ? pending : null, problem: status.lastError, retry };
}
