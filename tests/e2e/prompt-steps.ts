/**
 * What a student does with review prompts, as e2e steps shared by the prompt test files: set the
 * prompt options in the options page, play a lecture fast, meet the dialog, answer it from the
 * keyboard, read the outcome in the library. Works the same in Chromium and Firefox.
 */
import type { StudentBrowser, Surface, TabHandle } from '../support/browsers';
import type { E2E } from '../support/e2e';
import { openInLibrary } from '../support/student';
import { waitUntil } from '../support/wait-until';

/** Waits until `fn` is truthy in the frame `find` returns (looked up again each time: frames come and go). */
export async function waitInFrame<A>(
  find: () => Surface | undefined,
  fn: (arg: A) => unknown,
  arg: A,
  timeout = 20_000,
): Promise<void> {
  const inFrame = () => {
    const surface = find();
    if (!surface) throw new Error('the frame is not there');
    return surface.evaluate(fn as (arg: A) => unknown, arg);
  };
  await waitUntil(`${fn.toString().slice(0, 160)} in a frame`, inFrame, { timeout });
}

/** Lectern's overlay frame in a tab (inside whichever frame holds the lecture). */
export function overlayOf(browser: StudentBrowser, tab: TabHandle): () => Surface | undefined {
  return () => tab.frames().find((frame) => frame.url().startsWith(`${browser.extensionOrigin}/overlay-frame.html`));
}

/** The frame whose URL contains `part` (the lecture's own frame in an LMS page), or the tab itself. */
export function frameOf(tab: TabHandle, part?: string): () => Surface | undefined {
  return () => (part ? tab.frames().find((frame) => frame.url().includes(part)) : tab);
}

/** Opens a lecture (a fixture under `host`, its tab closed after the test) and waits for Lectern's overlay over it. */
export async function openLecture(e2e: E2E, path: string, host = 'lectern.test') {
  const tab = await e2e.open(path, host);
  const overlay = overlayOf(e2e.browser, tab);
  await waitInFrame(overlay, () => document.querySelector('.overlay:not([hidden])') !== null, null);
  return { tab, overlay };
}

/** Opens a lecture (as `openLecture`) and plays its video at 16x; `video` is the lecture's frame. */
export async function playLecture(e2e: E2E, path: string, host?: string) {
  const { tab, overlay } = await openLecture(e2e, path, host);
  const video = frameOf(tab);
  await play(video);
  return { tab, overlay, video };
}

export const pressSpace = (tab: TabHandle) => tab.press('Space');

export const bringToFront = (tab: TabHandle) => tab.bringToFront();

/**
 * Plays the lecture's video at `rate` (the page's own `<video>`, as its controls would) and counts
 * its pauses in `window.pauses` so a test can tell that nothing paused it. Not muted: a muted
 * video without controls that plays (YouTube's) looks like a preview to the detector.
 */
export async function play(video: () => Surface | undefined, rate = 16) {
  await waitInFrame(video, () => document.querySelector('video') !== null, null);
  await video()?.evaluate((speed) => {
    const element = document.querySelector('video') as HTMLVideoElement;
    const scope = window as unknown as { pauses?: number };
    if (scope.pauses === undefined) {
      scope.pauses = 0;
      element.addEventListener('pause', () => {
        scope.pauses = (scope.pauses ?? 0) + 1;
      });
    }
    element.defaultPlaybackRate = speed;
    element.playbackRate = speed;
    return element.play();
  }, rate);
}

export interface VideoNow {
  time: number;
  paused: boolean;
  pauses: number;
}

export function videoNow(video: () => Surface | undefined): Promise<VideoNow> {
  const surface = video();
  if (!surface) throw new Error('The lecture frame is gone');
  return surface.evaluate(() => {
    const element = document.querySelector('video') as HTMLVideoElement;
    return {
      time: element.currentTime,
      paused: element.paused,
      pauses: (window as unknown as { pauses?: number }).pauses ?? 0,
    };
  });
}

/** Waits for the review dialog; returns its title ("Quick review: 0:00-1:02") and the video then. */
export async function waitForDialog(
  overlay: () => Surface | undefined,
  video: () => Surface | undefined,
  title: RegExp = /./,
  timeout = 40_000,
) {
  await waitInFrame(
    overlay,
    (pattern) => new RegExp(pattern).test(document.querySelector('[role="dialog"] h2')?.textContent ?? ''),
    title.source,
    timeout,
  );
  const shown = await (overlay() as Surface).evaluate(() => {
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    return document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
  });
  // The answer field takes focus as the dialog opens: the student types at once.
  await waitInFrame(overlay, () => document.activeElement?.id === 'review-answer' && document.hasFocus(), null, 5000);
  return { title: shown, video: await videoNow(video) };
}

export async function waitForNoDialog(overlay: () => Surface | undefined) {
  await waitInFrame(overlay, () => document.querySelector('[role="dialog"]') === null, null);
}

/** Escape skips the review dialog: it goes. */
export async function skipDialog(tab: TabHandle, overlay: () => Surface | undefined) {
  await tab.press('Escape');
  await waitForNoDialog(overlay);
}

/** Presses Tab until the focused element's text (or label) starts with `label`, as a keyboard user would. */
export async function tabTo(tab: TabHandle, overlay: () => Surface | undefined, label: string) {
  for (let presses = 0; presses < 12; presses++) {
    const focused = await overlay()?.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused?.startsWith(label)) return;
    await tab.press('Tab');
  }
  throw new Error(`Tab never reached "${label}" in the review dialog`);
}

/** Types an answer in the focused answer field and saves it with Ctrl+Enter. */
export async function answer(tab: TabHandle, overlay: () => Surface | undefined, text: string) {
  await tab.type(text);
  await waitInFrame(
    overlay,
    (typed) => (document.getElementById('review-answer') as HTMLTextAreaElement | null)?.value === typed,
    text,
  );
  await tab.press('Control+Enter');
  await waitForNoDialog(overlay);
}

/**
 * Opens the lecture titled `title` in the library and waits until its prompt counts read
 * `expected` (and, if given, a recall shows `recall`); returns its recalls and segments to rewatch.
 */
export async function expectLibraryCounts(browser: StudentBrowser, title: string, expected: string, recall = '') {
  const library = await openInLibrary(browser, title);
  try {
    await library.waitFor(
      (counts) => document.querySelector('.prompt-counts')?.textContent === counts,
      expected,
      20_000,
    );
    await library.waitFor(
      (text) =>
        text === '' ||
        [...document.querySelectorAll('.recall-segment')].some((item) => item.textContent?.includes(text)),
      recall,
    );
    return await library.evaluate(() => ({
      recalls: [...document.querySelectorAll('.recall-segment')].map((item) => item.textContent ?? ''),
      rewatch: [...document.querySelectorAll('.rewatch-list li')].map((item) => item.textContent ?? ''),
    }));
  } finally {
    await library.close();
  }
}

type PromptStore = { intervalMinutes?: number; mode?: string; disabledSites?: string[] };

type StoredCheck =
  | { key: 'intervalMinutes' | 'mode'; equals: number | string }
  | { key: 'disabledSites'; has: string; present: boolean };

/** Waits until the stored prompt settings pass `check` (read in the extension page). */
async function waitForStored(options: TabHandle, check: StoredCheck) {
  await options.waitFor(async (wanted: StoredCheck) => {
    type Local = { storage: { local: { get(key: string): Promise<Record<string, PromptStore | undefined>> } } };
    const scope = globalThis as unknown as { browser?: Local; chrome: Local };
    const stored = (await (scope.browser ?? scope.chrome).storage.local.get('prompts')).prompts ?? {};
    if (wanted.key === 'disabledSites') return (stored.disabledSites ?? []).includes(wanted.has) === wanted.present;
    return stored[wanted.key] === wanted.equals;
  }, check);
}

/** The options page's review prompt section, used with the keyboard. */
export function promptOptions(options: TabHandle) {
  const focus = (selector: string) =>
    options.evaluate((target) => {
      const element = document.querySelector(target) as HTMLElement | null;
      element?.focus();
      return element !== null;
    }, selector);
  // Firefox sends keys to the tab in front only.
  const front = () => bringToFront(options);
  return {
    async ready() {
      await options.waitFor(() => {
        const field = document.getElementById('prompt-interval') as HTMLInputElement | null;
        return field !== null && !field.disabled;
      }, null);
    },
    async setInterval(minutes: number) {
      await front();
      await focus('#prompt-interval');
      await options.evaluate(() => (document.getElementById('prompt-interval') as HTMLInputElement).select());
      await options.type(String(minutes));
      await waitForStored(options, { key: 'intervalMinutes', equals: minutes });
    },
    async setMode(mode: 'interval' | 'chapters') {
      await front();
      await focus(`input[name="prompt-mode"][value="${mode}"]`);
      await pressSpace(options);
      await waitForStored(options, { key: 'mode', equals: mode });
    },
    async turnOffSite(site: string) {
      await front();
      await focus('#prompt-site-input');
      await options.type(site);
      await options.press('Enter');
      await waitForStored(options, { key: 'disabledSites', has: site, present: true });
    },
    async turnOnSite(site: string) {
      await front();
      const found = await options.evaluate((name) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === `Remove ${name}`);
        button?.focus();
        return button !== undefined;
      }, site);
      if (!found) throw new Error(`No "Remove ${site}" button in the options page`);
      await options.press('Enter');
      await waitForStored(options, { key: 'disabledSites', has: site, present: false });
    },
  };
}
