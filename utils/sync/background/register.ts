/**
 * Wires sync into the background's events: a pass when the browser starts, a few seconds after a
 * change made here (in any of Lectern's contexts: the marks are watched live), once set up in
 * Options, every few minutes
 * (an alarm, so a stopped service worker is woken for it), and again after a failure when its wait
 * is over. Nothing happens while sync is not set up (the opener gives no folder).
 */
import { browser } from 'wxt/browser';
import { watchPendingChanges } from '../../db/sync-state';
import { syncAccountSetting } from '../../settings/sync-account';
import { watchSyncedSettings } from '../settings-sync';
import { syncStatusItem } from '../sync-state-items';
import { type FolderOpener, SYNC_RETRY_ALARM, syncNow } from './runner';

export const SYNC_PERIODIC_ALARM = 'sync-periodic';
export const SYNC_PERIOD_MINUTES = 5;
/** A change is synced this long after the last one of a burst (typing several notes in a row). */
export const CHANGE_DEBOUNCE_MS = 4_000;

export function registerSync(openFolder: FolderOpener) {
  const run = () => void syncNow(openFolder);
  browser.runtime.onStartup.addListener(run);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_PERIODIC_ALARM || alarm.name === SYNC_RETRY_ALARM) run();
  });
  watchSyncedSettings();
  // Set up (or changed) in Options: sync at once.
  syncAccountSetting.watch((account) => {
    if (account) run();
  });
  let debounce: ReturnType<typeof setTimeout> | undefined;
  watchPendingChanges((count) => {
    clearTimeout(debounce);
    if (count > 0) debounce = setTimeout(run, CHANGE_DEBOUNCE_MS);
  });
  void (async () => {
    // A worker stopped mid-pass left its "running" mark: no pass runs now.
    const status = await syncStatusItem.getValue();
    if (status.runningSince !== null) await syncStatusItem.setValue({ ...status, runningSince: null });
    if (!(await browser.alarms.get(SYNC_PERIODIC_ALARM))) {
      browser.alarms.create(SYNC_PERIODIC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
    }
  })();
}
