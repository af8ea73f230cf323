import { describe, expect, it } from 'vitest';
import type { SyncStatusReply } from '@/utils/protocol/sync';
import { retryDelay } from '@/utils/sync/backoff';
import { describeSyncStatus } from '@/utils/sync/status-words';
import { NO_SYNC_YET } from '@/utils/sync/sync-state-items';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const status = (over: Partial<SyncStatusReply>): SyncStatusReply => ({
  ...NO_SYNC_YET,
  configured: true,
  pending: 0,
  ...over,
});

describe('describeSyncStatus', () => {
  it.each([
    [{ configured: false }, 'Sync is off', null],
    [{}, 'Not synced yet', null],
    [{ lastSyncAt: NOW - 1000 }, 'Synced just now', null],
    [{ lastSyncAt: NOW - 3 * 60_000, pending: 2 }, 'Synced 3 minutes ago', '2 changes not synced yet'],
    [{ runningSince: NOW, pending: 1 }, 'Syncing…', '1 change not synced yet'],
  ] as const)('%o → %s', (over, headline, pending) => {
    const words = describeSyncStatus(status(over), NOW);
    expect(words.headline).toBe(headline);
    expect(words.pending).toBe(pending);
  });

  it('a failure: the reason as it was worded, and when Lectern tries again', () => {
    const words = describeSyncStatus(
      status({ failures: 2, lastError: 'Your storage on the server is full.', nextRetryAt: NOW + 60_000 }),
      NOW,
    );
    expect(words).toEqual({
      headline: 'Sync failed',
      pending: null,
      problem: 'Your storage on the server is full.',
      retry: 'Lectern will try again in 1 minute.',
    });
  });
});

describe('retryDelay', () => {
  it('doubles from 30 seconds and stops growing at 30 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelay)).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000,
    ]);
  });
});
