import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '@/utils/overlay/controller/start';

/**
 * The overlay: injected by the background only into the frame where the detector found the
 * lecture (never listed in the manifest). Never two at once in a frame: the flag keeps a second
 * injection from starting while a copy runs; a copy orphaned by an extension update removes its
 * UI when it finds out (the lean content-script context) and clears the flag.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const scope = globalThis as { __lecternOverlayStarted?: boolean };
    if (scope.__lecternOverlayStarted) return;
    scope.__lecternOverlayStarted = true;
    ctx.onInvalidated(() => {
      scope.__lecternOverlayStarted = false;
    });
    startOverlay(ctx);
  },
});
