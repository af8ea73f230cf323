/**
 * Insertion → overlay ready: a page inserts a lecture video late (tests/fixtures/bench/late-video.html)
 * and records `__videoInsertedAt` in the page's world; the overlay records `__lecternOverlayReadyAt`
 * (lecture-channel.ts `markOverlayReady`) in Lectern's isolated world, read here through CDP
 * Runtime in that world's execution context. Both are performance.now() of the same document.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CHROME_BUILD } from '../support/browsers';

export function isOverlayBuilt(): boolean {
  return existsSync(join(CHROME_BUILD, 'content-scripts/overlay.js'));
}

interface ContextCreated {
  context: { id: number; origin: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } };
}

export async function measureOverlayReady(context: BrowserContext, url: string, timeoutMs = 20_000): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }: ContextCreated) => {
    if (created.auxData?.type === 'isolated' && created.origin.startsWith('chrome-extension://'))
      isolated.push(created.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      for (const contextId of isolated) {
        const { result } = (await cdp
          .send('Runtime.evaluate', {
            contextId,
            expression: 'globalThis.__lecternOverlayReadyAt',
            returnByValue: true,
          })
          .catch(() => ({ result: { value: undefined } }))) as { result: { value?: number } };
        if (typeof result.value === 'number') {
          const inserted =
            (await page.evaluate(() => (window as { __videoInsertedAt?: number }).__videoInsertedAt)) ?? 0;
          return result.value - inserted;
        }
      }
      await page.waitForTimeout(20);
    }
    throw new Error(`the overlay did not become ready within ${timeoutMs} ms on ${url}`);
  } finally {
    await page.close();
  }
}
