import { browser } from 'wxt/browser';
import type { SETTING_KEYS } from '../settings/items';

/** The "pause while I type" option, read natively (WXT's storage module would double this bundle). */
export async function pausesWhileTyping(): Promise<boolean> {
  const key = 'pauseWhileTyping' satisfies (typeof SETTING_KEYS)['pauseWhileTyping'];
  const stored = await browser.storage.local.get(key);
  return stored[key] !== false;
}
