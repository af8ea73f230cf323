import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '@/utils/overlay/controller/start';
import { frameShared } from '@/utils/video/frame-shared';

/**
 * The overlay: injected by the background only into the frame where the detector found the
 * lecture (never listed in the manifest). Never two at once in a frame: the flag keeps a second
 * injection from starting while a copy runs; a copy orphaned by an extension update removes its
 * UI when it finds out (the lean content-script context) and clears the flag. The flag is shared
 * through frame-shared.ts, where a page's markup cannot set it.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const overlay = frameShared('lectern.overlay', () => ({ started: false }));
    if (overlay.started) return;
    overlay.started = true;
    ctx.onInvalidated(() => {
      overlay.started = false;
    });
    startOverlay(ctx);
  },
});
