import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '@/utils/overlay/controller';

/**
 * The overlay: injected by the background only into the frame where the detector found the
 * lecture (never listed in the manifest). Never two at once in a frame: a second injection stops
 * the first (the content-script context's "a newer copy started"), which removes its UI, and
 * the flag keeps a copy from starting while another still runs.
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
