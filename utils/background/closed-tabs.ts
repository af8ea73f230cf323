/**
 * What the background forgets when a tab closes: its lecture frame, its frames' lectures (after a
 * grace for a late report: ./lecture-frames.ts) and the overlay tokens issued for its frames
 * (./overlay-tokens.ts). What a closing tab's lecture played is stored by ./progress-ports.ts.
 */
import { browser } from 'wxt/browser';
import { forgetTab } from './lecture-frames';
import { forgetOverlayTokens } from './overlay-tokens';

export function registerClosedTabCleanup(): void {
  browser.tabs.onRemoved.addListener(async (tabId) => {
    await forgetTab(tabId);
    await forgetOverlayTokens(tabId);
  });
}
