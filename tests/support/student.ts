/**
 * What a student does, as test vocabulary: open a lecture, play it to a moment, take a note with
 * the keyboard, read the library. Works the same in Chromium (playwright-core) and Firefox
 * (puppeteer-core over BiDi); Lectern's overlay UI is an extension-origin iframe, which both
 * drivers list among the page's frames.
 */
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import type { StudentBrowser, TabHandle } from './browsers';

/** What both drivers' frames have in common, as far as these helpers use them. */
interface RawFrame {
  url(): string;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  waitForSelector(selector: string, options: { timeout: number }): Promise<unknown>;
  click(selector: string): Promise<void>;
}

/** Lectern's overlay inside a lecture page. */
export interface OverlayHandle {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  click(selector: string): Promise<void>;
  text(): Promise<string>;
}

export interface LectureTab extends TabHandle {
  overlay(): Promise<OverlayHandle>;
  /** Plays the lecture (muted, at `rate`) until the video is past `seconds`, then pauses it. */
  playTo(seconds: number, rate?: number): Promise<void>;
  currentTime(): Promise<number>;
  /** Alt+N, types `text`, Enter; resolves once the overlay says the note is saved. */
  takeNote(text: string): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function wrapFrame(frame: RawFrame): OverlayHandle {
  const isPlaywright = 'waitForLoadState' in frame;
  return {
    evaluate: ((fn: unknown, arg: unknown) => frame.evaluate(fn, arg)) as OverlayHandle['evaluate'],
    waitFor: async (fn, arg, timeout = 15_000) => {
      if (isPlaywright) await (frame as unknown as PlaywrightFrame).waitForFunction(fn as never, arg, { timeout });
      else await (frame as unknown as PuppeteerFrame).waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
    click: async (selector) => {
      await frame.waitForSelector(selector, { timeout: 15_000 });
      await frame.click(selector);
    },
    text: () => frame.evaluate(() => document.body.textContent) as Promise<string>,
  };
}

/** The overlay's frame in a tab, once its UI is up ("Add note" shown). */
async function findOverlay(tab: TabHandle, timeout = 20_000): Promise<OverlayHandle> {
  const raw = tab.raw as PlaywrightPage | PuppeteerPage;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frames = raw.frames() as unknown as RawFrame[];
    for (const frame of frames) {
      if (!frame.url().includes('/overlay-frame.html')) continue;
      const ready = await frame
        .evaluate(() => Boolean(document.querySelector('button.primary')?.textContent?.includes('Add note')))
        .catch(() => false);
      if (ready) return wrapFrame(frame);
    }
    await sleep(100);
  }
  throw new Error(`Lectern's overlay did not appear in ${tab.url()} within ${timeout} ms`);
}

export async function openLecture(browser: StudentBrowser, url: string): Promise<LectureTab> {
  const tab = await browser.open(url);
  return asLectureTab(tab);
}

export function asLectureTab(tab: TabHandle): LectureTab {
  const lecture: LectureTab = {
    ...tab,
    overlay: () => findOverlay(tab),
    currentTime: () => tab.evaluate(() => (document.querySelector('video') as HTMLVideoElement).currentTime),
    async playTo(seconds, rate = 1) {
      await tab.evaluate((speed) => {
        const video = document.querySelector('video') as HTMLVideoElement;
        video.muted = true;
        video.playbackRate = speed;
        void video.play();
      }, rate);
      await tab.waitFor((t) => (document.querySelector('video') as HTMLVideoElement).currentTime >= t, seconds, 30_000);
      await tab.evaluate(() => (document.querySelector('video') as HTMLVideoElement).pause());
    },
    async takeNote(text) {
      const overlay = await findOverlay(tab);
      await tab.press('Alt+KeyN');
      await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
      await tab.type(text);
      await tab.press('Enter');
      await overlay.waitFor(() => /Saved at \d/.test(document.body.textContent), null);
    },
  };
  return lecture;
}

/** The notes the library shows for the lecture whose title contains `title`: one line per note. */
export async function readLibrary(browser: StudentBrowser, title: string): Promise<string[]> {
  const library = await browser.openExtensionPage('/dashboard.html');
  try {
    await library.waitFor(
      (wanted) => [...document.querySelectorAll('.lecture-title')].some((a) => a.textContent?.includes(wanted)),
      title,
      20_000,
    );
    await library.evaluate((wanted) => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('.lecture-title')].find((a) =>
        a.textContent?.includes(wanted),
      );
      link?.click();
    }, title);
    await library.waitFor(() => document.querySelector('.note-row, .lecture-page') !== null, null);
    await library.waitFor(() => document.querySelectorAll('.note-row').length > 0, null).catch(() => undefined);
    return await library.evaluate(() =>
      [...document.querySelectorAll('.note-row')].map((row) => (row.textContent ?? '').replace(/\s+/g, ' ')),
    );
  } finally {
    await library.close();
  }
}
