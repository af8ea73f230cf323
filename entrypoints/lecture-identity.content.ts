import { defineContentScript } from 'wxt/utils/define-content-script';
import { startIdentifying } from '@/utils/video/identify-frame';

/**
 * Names the lecture of a frame (platform adapters). Not in the manifest: the background injects
 * it into a frame only once the always-on detector found a lecture there
 * (utils/background/lecture-frames.ts), before the overlay.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    startIdentifying();
  },
});
