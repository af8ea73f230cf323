import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '@/utils/overlay/controller';

/**
 * The overlay: injected by the background only into the frame where the detector found the
 * lecture (never listed in the manifest). A second injection into the same frame does nothing.
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
