/**
 * What a student does, as test vocabulary: open a lecture, play it to a moment, take a note with
 * the keyboard, read the library. Works the same in Chromium (playwright-core) and Firefox
 * (puppeteer-core over BiDi); Lectern's overlay UI is an extension-origin iframe, which both
 * drivers list among the page's frames.
 */
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import type { StudentBrowser, TabHandle } from './browsers';
import { waitUntil } from './wait-until';

/** What both drivers' frames have in common, as far as these helpers use them. */
interface RawFrame {
  url(): string;
  parentFrame(): RawFrame | null;
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
  /** The frame that plays the lecture (the overlay's parent: the page, or a player's iframe). */
  lectureFrame(): Promise<OverlayHandle>;
  /** Plays the lecture (muted, at `rate`) until the video is past `seconds`, then pauses it. */
  playTo(seconds: number, rate?: number): Promise<void>;
  currentTime(): Promise<number>;
  /** Pauses the lecture at `seconds` (once its metadata is there) and waits until it is there. */
  seekTo(seconds: number): Promise<void>;
  /**
   * Alt+N, (picks `kind` in the editor), types `text`, Enter; resolves with the editor's time
   * (`m:ss`) once the overlay says "Saved" for it.
   */
  takeNote(text: string, kind?: 'note' | 'question'): Promise<string>;
}

type MediaCommand =
  | { play: number }
  | { reached: number }
  | { pause: true }
  | { time: true }
  | { ready: true }
  | { seek: number }
  | { near: number };

/**
 * Runs in the lecture's frame: finds the lecture's media (the largest element with a media API,
 * through open shadow roots: a <video>, or a web-component player that forwards the API) and
 * plays it, pauses it, or reads its time. Self-contained: drivers send it to the page as text.
 */
function driveMedia(command: MediaCommand): number | boolean {
  type Media = HTMLElement & Pick<HTMLVideoElement, 'play' | 'pause' | 'currentTime' | 'muted' | 'playbackRate'>;
  const found: Media[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let index = 0; index < roots.length; index++) {
    const elements = (roots[index] as Document | ShadowRoot).querySelectorAll('*');
    for (let at = 0; at < elements.length; at++) {
      const element = elements[at] as Media;
      if (typeof element.play === 'function' && typeof element.currentTime === 'number') found.push(element);
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  // By area, largest first (no named inner function: tsx, which runs the bench, would wrap it in a
  // `__name` helper the page does not have).
  const media = found
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0]?.element;
  if (!media) throw new Error('No lecture video in this frame');
  if ('play' in command) {
    media.muted = true;
    media.playbackRate = command.play;
    void media.play();
  } else if ('pause' in command) media.pause();
  else if ('reached' in command) return media.currentTime >= command.reached;
  else if ('ready' in command) return (media as unknown as HTMLMediaElement).readyState >= 1;
  else if ('near' in command) return Math.abs(media.currentTime - command.near) < 0.5;
  else if ('seek' in command) {
    media.pause();
    media.currentTime = command.seek;
  }
  return media.currentTime;
}

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

/**
 * The overlay's frame in a tab, once its UI is up ("Add note" shown); with `player`, the one over
 * the lecture in the frame whose address contains it (a page with two players has two overlays).
 */
async function findOverlayFrame(tab: TabHandle, player?: string, timeout = 20_000): Promise<RawFrame> {
  const raw = tab.raw as PlaywrightPage | PuppeteerPage;
  const readyOverlay = async () => {
    const frames = (raw.frames() as unknown as RawFrame[]).filter(
      (frame) =>
        frame.url().includes('/overlay-frame.html') &&
        (player === undefined || (frame.parentFrame()?.url() ?? '').includes(player)),
    );
    for (const frame of frames) {
      const ready = await frame
        .evaluate(() => Boolean(document.querySelector('button.primary')?.textContent?.includes('Add note')))
        .catch(() => false);
      if (ready) return frame;
    }
    return `${frames.length} overlay frame(s), none showing "Add note"`;
  };
  const found = await waitUntil(`Lectern's overlay ("Add note") in ${tab.url()}`, readyOverlay, {
    until: (found) => typeof found !== 'string',
    timeout,
  });
  return found as RawFrame;
}

const findOverlay = async (tab: TabHandle, player?: string) => wrapFrame(await findOverlayFrame(tab, player));

async function findLectureFrame(tab: TabHandle, player?: string): Promise<OverlayHandle> {
  const overlay = await findOverlayFrame(tab, player);
  return wrapFrame(overlay.parentFrame() ?? overlay);
}

export async function openLecture(browser: StudentBrowser, url: string): Promise<LectureTab> {
  const tab = await browser.open(url);
  return asLectureTab(tab);
}

/**
 * A tab as a lecture. With `player` (part of a player frame's address), the lecture of that player
 * among several on the page: the student takes notes with its own strip's "Add note" (the note
 * shortcut pressed on the page goes to the lecture Lectern found last).
 */
export function asLectureTab(tab: TabHandle, player?: string): LectureTab {
  const lectureFrame = () => findLectureFrame(tab, player);
  const lecture: LectureTab = {
    ...tab,
    overlay: () => findOverlay(tab, player),
    lectureFrame,
    currentTime: async () => (await lectureFrame()).evaluate(driveMedia, { time: true }) as Promise<number>,
    async playTo(seconds, rate = 1) {
      const frame = await lectureFrame();
      await frame.evaluate(driveMedia, { play: rate });
      await frame.waitFor(driveMedia, { reached: seconds }, 30_000);
      await frame.evaluate(driveMedia, { pause: true });
    },
    async seekTo(seconds) {
      const frame = await lectureFrame();
      await frame.waitFor(driveMedia, { ready: true });
      await frame.evaluate(driveMedia, { seek: seconds });
      await frame.waitFor(driveMedia, { near: seconds });
    },
    async takeNote(text, kind = 'note') {
      const overlay = await findOverlay(tab, player);
      if (player === undefined) await tab.press('Alt+KeyN');
      else await overlay.click('button.primary');
      await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
      const time = await overlay.evaluate(() => document.querySelector('.editor-label .time')?.textContent ?? '', null);
      if (kind !== 'note') {
        await overlay.evaluate((value) => {
          const select = document.querySelector('.kind-picker select') as HTMLSelectElement;
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          (document.querySelector('textarea') as HTMLTextAreaElement).focus();
        }, kind);
      }
      await tab.type(text);
      // Every key has reached the editor before Enter saves it.
      await overlay.waitFor((typed) => (document.activeElement as HTMLTextAreaElement | null)?.value === typed, text);
      await tab.press('Enter');
      await overlay.waitFor((at) => document.body.textContent.includes(`Saved at ${at}.`), time);
      return time;
    },
  };
  return lecture;
}

/**
 * Opens the library and, in it, the lecture whose title is `title` (or contains it, unless
 * `exact`); resolves once that lecture's page shows its notes (or says it has none). The caller
 * closes the tab.
 */
export async function openInLibrary(browser: StudentBrowser, title: string, exact = false): Promise<TabHandle> {
  const library = await browser.openExtensionPage('/dashboard.html');
  try {
    const wanted = { title, exact };
    await library.waitFor(
      ({ title, exact }) =>
        Array.from(document.querySelectorAll('.lecture-title')).some((a) => {
          const shown = a.textContent?.trim() ?? '';
          return exact ? shown === title : shown.includes(title);
        }),
      wanted,
      20_000,
    );
    await library.evaluate(
      ({ title, exact }) =>
        Array.from(document.querySelectorAll<HTMLAnchorElement>('.lecture-title'))
          .find((a) => {
            const shown = a.textContent?.trim() ?? '';
            return exact ? shown === title : shown.includes(title);
          })
          ?.click(),
      wanted,
    );
    await library.waitFor(({ title, exact }) => {
      const heading = document.querySelector('.lecture-header h1')?.textContent?.trim() ?? '';
      return (
        (exact ? heading === title : heading.includes(title)) &&
        document.querySelector('[aria-labelledby="notes-heading"] :is(.note-list, .empty-state)') !== null
      );
    }, wanted);
    return library;
  } catch (error) {
    await library.close();
    throw error;
  }
}

/** A note as the library's lecture page shows it. */
export interface LibraryNote {
  time: string;
  text: string;
  /** Elements inside the note's text: a note's HTML must show as text, so always 0. */
  elements: number;
}

/** The notes under the lecture titled exactly `title` in the library (its page's heading, checked), by time. */
export async function libraryNotes(browser: StudentBrowser, title: string): Promise<LibraryNote[]> {
  const library = await openInLibrary(browser, title, true);
  try {
    return await library.evaluate(() =>
      Array.from(document.querySelectorAll('.note-row')).map((row) => ({
        time: row.querySelector('.time-link')?.textContent ?? '',
        text: row.querySelector('.note-text')?.textContent ?? '',
        elements: row.querySelector('.note-text')?.childElementCount ?? -1,
      })),
    );
  } finally {
    await library.close();
  }
}

/** The notes the library shows for the lecture whose title contains `title`: one line per note. */
export async function readLibrary(browser: StudentBrowser, title: string): Promise<string[]> {
  const library = await openInLibrary(browser, title);
  try {
    return await library.evaluate(() =>
      Array.from(document.querySelectorAll('.note-row')).map((row) => (row.textContent ?? '').replace(/\s+/g, ' ')),
    );
  } finally {
    await library.close();
  }
}
