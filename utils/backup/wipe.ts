/**
 * "Delete all my Lectern data": every lecture, note and session (one transaction), then
 * everything Lectern keeps in extension storage (settings, drafts, timer state).
 */
import { browser } from 'wxt/browser';
import { wipeLibrary } from '../db/library';

export async function wipeEverything(): Promise<void> {
  await wipeLibrary();
  await browser.storage.local.clear();
}
