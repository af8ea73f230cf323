/**
 * Runs sync passes in the background, one at a time: "Sync now", start-up, a few seconds after a
 * change, every few minutes, and retries after a failure with a growing wait (../backoff.ts). What
 * happened is kept in storage (../sync-state-items.ts) for the popup and the options page. A pass
 * never blocks note-taking: notes are saved locally first, and a pass only merges into them.
 */
import { browser } from 'wxt/browser';
import { retryDelay } from '../backoff';
import { describeSkippedSnapshots, describeSyncFailure, describeUnreadable } from '../describe-failure';
import type { SyncFolder } from '../remote-folder';
import { runSyncPass } from '../sync-pass';
import { type SyncStatus, syncStatusItem } from '../sync-state-items';

export const SYNC_RETRY_ALARM = 'sync-retry';

/** The student's sync folder, or null when sync is not set up on this device. */
export type FolderOpener = () => Promise<SyncFolder | null>;

/** A pass under way in this background: a second request joins it rather than start another. */
let running: Promise<SyncStatus> | null = null;

async function pass(openFolder: FolderOpener, now: () => number): Promise<SyncStatus> {
  const before = await syncStatusItem.getValue();
  let folder: SyncFolder | null;
  try {
    // Opening can fail too: the server away, a wrong passphrase (utils/sync/key-check.ts).
    folder = await openFolder();
  } catch (error) {
    return failed(before, error, now);
  }
  if (!folder) return before;
  await syncStatusItem.setValue({ ...before, runningSince: now() });
  try {
    const report = await runSyncPass(folder, now);
    await browser.alarms.clear(SYNC_RETRY_ALARM);
    const status: SyncStatus = {
      lastSyncAt: now(),
      lastError:
        [describeUnreadable(report.unreadable), describeSkippedSnapshots(report.skippedSnapshots)]
          .filter((line) => line !== null)
          .join(' ') || null,
      failures: 0,
      nextRetryAt: null,
      runningSince: null,
      lastBytesSent: report.bytesSent,
    };
    await syncStatusItem.setValue(status);
    return status;
  } catch (error) {
    return failed(before, error, now);
  }
}

/** Records a failed pass and sets the retry alarm after a growing wait. */
async function failed(before: SyncStatus, error: unknown, now: () => number): Promise<SyncStatus> {
  const failures = before.failures + 1;
  const nextRetryAt = now() + retryDelay(failures);
  browser.alarms.create(SYNC_RETRY_ALARM, { when: nextRetryAt });
  const status: SyncStatus = {
    ...before,
    lastError: describeSyncFailure(error),
    failures,
    nextRetryAt,
    runningSince: null,
  };
  await syncStatusItem.setValue(status);
  return status;
}

/** Runs a pass now (or joins the one under way); resolves to the status after it. */
export function syncNow(openFolder: FolderOpener, now: () => number = Date.now): Promise<SyncStatus> {
  running ??= pass(openFolder, now).finally(() => {
    running = null;
  });
  return running;
}
