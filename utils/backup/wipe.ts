/**
 * "Delete all my Lectern data", one operation run by the background (`library/wipe`): every
 * lecture, note, session and draft (one transaction), every alarm (timer, reminders), the badge,
 * the reminder notification, and everything in extension storage (settings, timer state, session
 * storage). A marker is written first and removed last: a wipe interrupted between the
 * steps (the worker stopped, the browser closed) is finished when the background starts again.
 */
import { browser } from 'wxt/browser';
import { wipeLibrary } from '../db/library';
import { REMINDER_NOTIFICATION } from '../timer/background/reminders';
import { inTimerQueue } from '../timer/background/runner';
import { clearTimerSurface } from '../timer/background/surface';

/** In `storage.local` while a wipe is under way. */
export const WIPE_MARKER = 'wipeInProgress';

export function wipeEverything(): Promise<void> {
  // In the timer's queue: no timer step writes its state back in between.
  return inTimerQueue(async () => {
    await browser.storage.local.set({ [WIPE_MARKER]: true });
    await wipeLibrary();
    await clearTimerSurface();
    await browser.notifications?.clear(REMINDER_NOTIFICATION);
    await browser.storage.session?.clear();
    await browser.storage.local.clear(); // the marker goes last
  });
}

/** At the background's start: finishes a wipe that was interrupted. True if there was one. */
export async function finishInterruptedWipe(): Promise<boolean> {
  const stored = await browser.storage.local.get(WIPE_MARKER);
  if (stored[WIPE_MARKER] === undefined) return false;
  await wipeEverything();
  return true;
}
