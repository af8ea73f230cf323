import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAlwaysOn } from '@/utils/video/always-on';

/**
 * The always-on detector: runs in every frame of every page, so it stays tiny (no polyfill, no
 * UI; budget 8 KB, `npm run bench`). It starts at document_start so its shortcut listener comes
 * before the page's own. Web pages only (http and https): no check of `location` needed, whose
 * first touch costs in every frame. What it does: utils/video/always-on.ts.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_start',
  main(ctx) {
    startAlwaysOn(ctx);
  },
});
