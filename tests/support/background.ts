/** Stopping Lectern's background in a test, as each browser can. */
import type { E2E } from './e2e';

/**
 * Stops the background the way each browser does it. Chromium (MV3): the service worker is stopped
 * (CDP), as Chrome does to an idle worker. Firefox (MV2) keeps a background page and never stops it
 * on its own; its equivalent is reloading that page, which drops everything held in memory.
 */
export async function stopBackground(e2e: E2E) {
  const context = e2e.browser.chromiumContext;
  if (context) {
    const blank = await context.newPage();
    const cdp = await context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await blank.close();
    return;
  }
  type Runtime = { runtime: { getBackgroundPage(): Promise<Window & { lecternTestMark?: boolean }> } };
  const page = await e2e.browser.openExtensionPage('/popup.html');
  await page.evaluate(async () => {
    const background = await (globalThis as unknown as { browser: Runtime }).browser.runtime.getBackgroundPage();
    background.lecternTestMark = true;
    background.location.reload();
  });
  // A new page: the mark set in the old one is gone, and its scripts have run.
  await page.waitFor(async () => {
    const background = await (globalThis as unknown as { browser: Runtime }).browser.runtime.getBackgroundPage();
    return !background.lecternTestMark && background.document.readyState === 'complete';
  }, null);
  await page.close();
}
