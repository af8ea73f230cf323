import { browser } from 'wxt/browser';
import { DEFAULT_PAUSE_WHILE_TYPING, PAUSE_WHILE_TYPING_KEY } from '../settings/native-keys';

/** The "pause while I type" option, read natively (WXT's storage module would double this bundle). */
export async function pausesWhileTyping(): Promise<boolean> {
  const stored = (await browser.storage.local.get(PAUSE_WHILE_TYPING_KEY))[PAUSE_WHILE_TYPING_KEY];
  return typeof stored === 'boolean' ? stored : DEFAULT_PAUSE_WHILE_TYPING;
}
