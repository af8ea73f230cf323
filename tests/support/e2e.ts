/**
 * An e2e file's setup in one call: `describeInBrowsers('notes in %s', (e2e) => { it(…) })` runs the
 * block once per browser (Chromium, Firefox) with the fixture server and one browser carrying the
 * built extension, shared by the block's tests and closed after it. Tabs a test opens through
 * `e2e.open` / `e2e.lecture` are closed after that test, so videos never pile up.
 * `describeInBrowsers.parallel(…)` runs the two browsers' blocks at the same time (with E2E_PARALLEL=1).
 * How the e2e tests work, and how they wait: tests/e2e/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, TestRunner } from 'vitest';
import { type BrowserName, type LaunchOptions, launchBrowser, type StudentBrowser, type TabHandle } from './browsers';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { type LectureTab, type LibraryNote, libraryNotes, openLecture } from './student';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export interface E2E {
  name: BrowserName;
  browser: StudentBrowser;
  server: FixtureServer;
  /** A fixture's URL under a mapped host name (https for HSTS-preloaded hosts). */
  url(path: string, host?: string): string;
  /** Opens a fixture page in a new tab, closed after the test. */
  open(path: string, host?: string): Promise<TabHandle>;
  /** Opens a lecture page in a new tab, closed after the test. */
  lecture(path: string, host?: string): Promise<LectureTab>;
  /** Closes the browser and starts it again (on the same profile with `persistentProfile`). */
  restart(): Promise<void>;
}

export interface InBrowsersOptions {
  browsers?: readonly BrowserName[];
  launch?: LaunchOptions;
  /**
   * One profile for the block, kept across `e2e.restart()` (what survives a browser restart) and
   * removed after the block.
   */
  persistentProfile?: boolean;
  /** Extra pretty URLs for the fixture server (its ROUTES are always there). */
  routes?: Record<string, string>;
  /**
   * Runs the browsers' blocks at the same time (each block's tests still one after another): for
   * files that mostly wait on real time (videos played at 16x, timers), not for CPU-heavy ones.
   */
  parallel?: boolean;
}

export function describeInBrowsers(title: string, body: (e2e: E2E) => void, options: InBrowsersOptions = {}) {
  describe.each(options.browsers ?? BROWSERS)(title, { concurrent: options.parallel }, (name) => {
    // Concurrent blocks, sequential tests: the block's tests inherit its options, so they get
    // `concurrent: false` once the block is made (vitest has no per-level switch for this).
    if (options.parallel) (TestRunner.getCurrentSuite().options as { concurrent?: boolean }).concurrent = false;
    const opened: TabHandle[] = [];
    const track = <T extends TabHandle>(tab: T) => {
      opened.push(tab);
      return tab;
    };
    let profileDir: string | undefined;
    const launch = () =>
      launchBrowser(name, profileDir ? { ...options.launch, profileDir, keepProfile: true } : options.launch);
    const e2e: E2E = {
      name,
      browser: undefined as unknown as StudentBrowser,
      server: undefined as unknown as FixtureServer,
      url: (path, host) => e2e.server.url(path, host),
      open: async (path, host) => track(await e2e.browser.open(e2e.url(path, host))),
      lecture: async (path, host) => track(await openLecture(e2e.browser, e2e.url(path, host))),
      restart: async () => {
        opened.length = 0;
        await e2e.browser.close();
        e2e.browser = await launch();
      },
    };
    beforeAll(async () => {
      if (options.persistentProfile) profileDir = mkdtempSync(join(tmpdir(), 'lectern-profile-'));
      e2e.server = await startFixtureServer(options.routes);
      e2e.browser = await launch();
    });
    afterEach(async () => {
      for (const tab of opened.splice(0)) await tab.close().catch(() => undefined);
    });
    afterAll(async () => {
      await e2e.browser?.close();
      await e2e.server?.close();
      if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    });
    body(e2e);
  });
}

/**
 * `describeInBrowsers` with the browsers' blocks run at the same time (each block's tests still one
 * after another): the file takes about as long as its slowest browser. Every block has its own
 * browser, profile and fixture server, so they share nothing but the machine.
 *
 * Only with E2E_PARALLEL=1: on these 2-core machines two browsers at once made window focus and
 * timing waits flaky in Chromium (a review dialog's focus, a prompt at 16x), so CI runs them
 * one after the other.
 */
describeInBrowsers.parallel = (title: string, body: (e2e: E2E) => void, options: InBrowsersOptions = {}) =>
  describeInBrowsers(title, body, { ...options, parallel: process.env.E2E_PARALLEL === '1' });

/** A note with HTML in it: Lectern must show it as text everywhere. */
export const HTML_IN_NOTE = '<b>bold</b> & <img src=x onerror=alert(1)>';

/**
 * The note flow on an open lecture: play it past `seconds`, Alt+N, type `words` and some
 * HTML, Enter, "Saved"; then the library shows that note, as text, with its time, under the
 * lecture titled `title`. Returns every note the library shows for that lecture.
 */
export async function noteFlow(
  browser: StudentBrowser,
  lecture: LectureTab,
  title: string,
  words: string,
  seconds = 2,
): Promise<LibraryNote[]> {
  await lecture.playTo(seconds, 2);
  const text = `${words} ${HTML_IN_NOTE}`;
  const time = await lecture.takeNote(text);
  const [minutes = 0, secs = 0] = time.split(':').map(Number);
  expect(minutes * 60 + secs).toBeGreaterThanOrEqual(seconds);
  const notes = await libraryNotes(browser, title);
  expect(notes).toContainEqual({ time, text, elements: 0 });
  return notes;
}
