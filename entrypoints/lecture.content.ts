import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/utils/send-message';
import { findVideos } from '@/utils/video/find-videos';
import { genericSighting } from '@/utils/video/generic-identity';

/**
 * The always-on detector: runs in every frame of every page, so it stays tiny (no polyfill, no
 * UI). It reports a lecture video to the background once per lecture.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let reported = '';
    let scheduled = false;
    const check = () => {
      scheduled = false;
      const video = findVideos()[0];
      if (!video || !document.location.protocol.startsWith('http')) return;
      const sighting = genericSighting(document, video);
      if (sighting.key === reported) return;
      reported = sighting.key;
      sendMessage('lecture/seen', sighting).catch(() => {
        reported = '';
      });
    };
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      ctx.setTimeout(check, 500);
    });
    observer.observe(document, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    check();
  },
});
