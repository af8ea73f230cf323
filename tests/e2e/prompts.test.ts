/**
 * Review prompts, the way a student meets them: set "Review every (minutes)" to 1 in the options
 * page, play the demo lecture at 16x, the dialog appears over the video around 1:00 with the
 * video paused, type an answer, save, playback resumes, and the recall is in the library under
 * its segment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserName,
  launchBrowser,
  type StudentBrowser,
  type Surface,
  type TabHandle,
} from '../support/browsers';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

const ANSWER = 'Cells turn glucose into ATP';

/** Waits for a condition inside a frame (the overlay's iframe), checking every 100 ms. */
async function waitInFrame<A>(frame: () => Surface | undefined, fn: (arg: A) => unknown, arg: A, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    const surface = frame();
    if (surface) {
      try {
        if (await surface.evaluate(fn as (arg: A) => unknown, arg)) return;
      } catch (error) {
        last = error;
      }
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Condition not met in the overlay frame within ${timeout} ms ${last ? String(last) : ''}`);
}

async function pressCtrlEnter(tab: TabHandle, browserName: BrowserName) {
  if (browserName === 'chromium') {
    await (tab.raw as { keyboard: { press(key: string): Promise<void> } }).keyboard.press('Control+Enter');
    return;
  }
  const keyboard = (
    tab.raw as {
      keyboard: { down(k: string): Promise<void>; up(k: string): Promise<void>; press(k: string): Promise<void> };
    }
  ).keyboard;
  await keyboard.down('Control');
  await keyboard.press('Enter');
  await keyboard.up('Control');
}

describe.each<BrowserName>(['chromium', 'firefox'])('review prompts in %s', (browserName) => {
  let server: FixtureServer;
  let browser: StudentBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(browserName);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks at 1:00 of a 16x lecture with the video paused, saves the recall, resumes, and lists it in the library', async () => {
    const options = await browser.openExtensionPage('/options.html');
    await options.waitFor(() => {
      const field = document.getElementById('prompt-interval') as HTMLInputElement | null;
      return field && !field.disabled && field.value === '6';
    }, null);
    await options.evaluate(() => (document.getElementById('prompt-interval') as HTMLInputElement).focus());
    await options.press('Backspace');
    await options.type('1');
    await options.waitFor(async () => {
      type Local = { storage: { local: { get(key: string): Promise<Record<string, { intervalMinutes?: number }>> } } };
      const scope = globalThis as unknown as { browser?: Local; chrome: Local };
      const stored = await (scope.browser ?? scope.chrome).storage.local.get('prompts');
      return stored.prompts?.intervalMinutes === 1;
    }, null);

    const lecture = await browser.open(server.url('/demo/', 'lectern.test'));
    const overlay = () =>
      lecture.frames().find((frame) => frame.url().startsWith(`${browser.extensionOrigin}/overlay-frame.html`));
    await waitInFrame(overlay, () => document.querySelector('.overlay:not([hidden])') !== null, null);

    await lecture.evaluate(() => {
      const video = document.querySelector('video') as HTMLVideoElement;
      video.playbackRate = 16;
      return video.play();
    });

    await waitInFrame(overlay, () => document.querySelector('[role="dialog"]') !== null, null, 40_000);
    const shown = await lecture.evaluate(() => {
      const video = document.querySelector('video') as HTMLVideoElement;
      return { paused: video.paused, time: video.currentTime };
    });
    expect(shown.paused).toBe(true);
    expect(shown.time).toBeGreaterThanOrEqual(60);
    expect(shown.time).toBeLessThan(90);
    const dialog = await overlay()?.evaluate(() => {
      const element = document.querySelector('[role="dialog"]') as HTMLElement;
      const title = document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent;
      return { title };
    });
    expect(dialog?.title).toMatch(/^Quick review: 0:00-1:[0-2]\d$/);
    // The answer field takes focus as the dialog opens, so the student can type at once.
    await waitInFrame(overlay, () => document.activeElement?.id === 'review-answer' && document.hasFocus(), null, 5000);

    await lecture.type(ANSWER);
    await waitInFrame(
      overlay,
      (text) => (document.getElementById('review-answer') as HTMLTextAreaElement)?.value === text,
      ANSWER,
    );
    await pressCtrlEnter(lecture, browserName);

    await waitInFrame(overlay, () => document.querySelector('[role="dialog"]') === null, null);
    await lecture.waitFor((at) => {
      const video = document.querySelector('video') as HTMLVideoElement;
      return !video.paused && video.currentTime > at;
    }, shown.time);

    const library = await browser.openExtensionPage('/dashboard.html');
    await library.waitFor(() => document.querySelector('.lecture-title[href*="lectern.test"]') !== null, null);
    await library.evaluate(() =>
      (document.querySelector('.lecture-title[href*="lectern.test"]') as HTMLAnchorElement).click(),
    );
    await library.waitFor((answer) => document.querySelector('.recall-segment')?.textContent?.includes(answer), ANSWER);
    const recall = await library.evaluate(() => ({
      segment: document.querySelector('.recall-segment-title span')?.textContent,
      counts: document.querySelector('.prompt-counts')?.textContent,
    }));
    expect(recall.segment).toBe(dialog?.title?.replace('Quick review: ', ''));
    expect(recall.counts).toBe('Prompts answered 1 · skipped 0 · snoozed 0');

    // Back to the lecture: the next minute brings the next segment; Escape skips it, it plays on.
    await (lecture.raw as { bringToFront(): Promise<void> }).bringToFront();
    await waitInFrame(
      overlay,
      () => /^Quick review: 1:/.test(document.querySelector('[role="dialog"] h2')?.textContent ?? ''),
      null,
      40_000,
    );
    await waitInFrame(overlay, () => document.activeElement?.id === 'review-answer' && document.hasFocus(), null, 5000);
    await lecture.press('Escape');
    await waitInFrame(overlay, () => document.querySelector('[role="dialog"]') === null, null);
    await lecture.waitFor(() => !(document.querySelector('video') as HTMLVideoElement).paused, null);
    await library.waitFor(
      () => document.querySelector('.prompt-counts')?.textContent === 'Prompts answered 1 · skipped 1 · snoozed 0',
      null,
    );
    await lecture.close();
    await library.close();
    await options.close();
  });
});
