/**
 * Popup bench (part of `npm run bench`): how soon the toolbar popup shows the timer, from the
 * popup's navigation start to the first render of the countdown with the background's answer
 * (a MutationObserver installed before the page's scripts records it). Warm: the service worker is
 * running. Cold: it was stopped just before (CDP ServiceWorker.stopAllWorkers), so the answer waits
 * for it to start. Also the bytes the popup loads (its scripts and styles).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchChromium } from '../support/browsers';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function popupBytes(): number {
  const html = readFileSync(join(CHROME_BUILD, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] as string);
  return files.reduce((sum, file) => sum + statSync(join(CHROME_BUILD, file)).size, 0);
}

async function timeToTimer(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { timerShownAt?: number }).timerShownAt !== undefined);
  return page.evaluate(() => (window as unknown as { timerShownAt: number }).timerShownAt);
}

export async function benchPopup(): Promise<string[]> {
  const browser = await launchChromium();
  const context = browser.chromiumContext;
  if (!context) throw new Error('Chromium context missing');
  await context.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('[role="timer"]')) return;
      (window as unknown as { timerShownAt: number }).timerShownAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const url = `${browser.extensionOrigin}/popup.html`;
  const warm: number[] = [];
  const cold: number[] = [];
  const helper = await context.newPage();
  const cdp = await context.newCDPSession(helper);
  await cdp.send('ServiceWorker.enable');
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    warm.push(await timeToTimer(page, url));
    await page.close();
    await cdp.send('ServiceWorker.stopAllWorkers');
    const coldPage = await context.newPage();
    cold.push(await timeToTimer(coldPage, url));
    await coldPage.close();
  }
  await browser.close();
  return [
    `Popup: ${popupBytes()} bytes of scripts and styles; open to timer shown, median of ${RUNS} runs:`,
    `  service worker running: ${median(warm).toFixed(0)} ms; service worker stopped first: ${median(cold).toFixed(0)} ms`,
  ];
}
