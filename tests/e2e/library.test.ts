/**
 * The library as a student uses it: lectures appear by themselves when their pages are opened;
 * the dashboard lists them, opens a lecture's page, and back/forward move between views.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, launchBrowser, type StudentBrowser, type TabHandle } from '../support/browsers';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

const DEMO_TITLE = 'Cells and energy — Biology 101, Lecture 1';

/** Clicks the first element matching a CSS selector, like a student would (both drivers). */
async function click(tab: TabHandle, selector: string) {
  await tab.waitFor((css) => document.querySelector(css) !== null, selector);
  await (tab.raw as { click(selector: string): Promise<void> }).click(selector);
}

/**
 * Enter as a real key press in both drivers. (The shared `press('Enter')` sends U+E006 as a
 * character in Firefox, which reached this extension page as an input event without a keydown.)
 */
async function pressEnter(tab: TabHandle) {
  await (tab.raw as { keyboard: { press(key: string): Promise<void> } }).keyboard.press('Enter');
}

interface AnyPage {
  url(): string;
  close(): Promise<void>;
}

/**
 * Waits for a tab whose address contains `part` (one the extension opened), in either driver;
 * closes it and brings `tab` back to the front. Resolves to the address it had.
 */
async function takeTabAt(tab: TabHandle, part: string, timeout = 15_000): Promise<string> {
  const raw = tab.raw as {
    context?: () => { pages(): AnyPage[] };
    browser?: () => { pages(): Promise<AnyPage[]> };
    bringToFront(): Promise<void>;
  };
  const listPages = async () => (raw.context ? raw.context().pages() : ((await raw.browser?.().pages()) ?? []));
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const found = (await listPages()).find((page) => page.url().includes(part));
    if (found) {
      const url = found.url();
      await found.close();
      await raw.bringToFront();
      return url;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No tab at ${part} opened within ${timeout} ms`);
}

/** Picks an option in a <select> the way the driver does it (both fire input and change). */
async function choose(tab: TabHandle, selector: string, value: string) {
  const raw = tab.raw as {
    selectOption?: (selector: string, value: string) => Promise<unknown>;
    select?: (selector: string, value: string) => Promise<unknown>;
  };
  if (raw.selectOption) await raw.selectOption(selector, value);
  else await raw.select?.(selector, value);
}

const headingText = () => document.querySelector('h1')?.textContent ?? '';

/**
 * Sends a real protocol message from an extension page, the path the overlay's messages take
 * to the background (validated there, then stored by the repositories).
 */
function send<T>(tab: TabHandle, type: string, payload: unknown): Promise<T> {
  return tab.evaluate(
    async ({ type, payload }) => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      const reply = (await (scope.browser ?? scope.chrome).runtime.sendMessage({ type, payload })) as {
        ok: boolean;
        data: T;
        error?: string;
      };
      if (!reply.ok) throw new Error(reply.error);
      return reply.data;
    },
    { type, payload },
  );
}

/** The lecture key behind a title link in the list. */
async function lectureKeyOf(tab: TabHandle, site: string): Promise<string> {
  const rows = await tab.evaluate(() =>
    [...document.querySelectorAll('.lecture-row')].map((row) => ({
      site: row.querySelector('.lecture-site')?.textContent ?? '',
      href: row.querySelector('.lecture-title')?.getAttribute('href') ?? '',
    })),
  );
  const found = rows.find((row) => row.site === site)?.href ?? '';
  return decodeURIComponent(found.replace('#/lecture/', ''));
}

describe.each<BrowserName>(['chromium', 'firefox'])('library in %s', (browserName) => {
  let server: FixtureServer;
  let browser: StudentBrowser;
  let library: TabHandle;
  let demoKey = '';
  let courseKey = '';

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(browserName);
    library = await browser.openExtensionPage('/dashboard.html');
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    const demo = await browser.open(server.url('/demo/', 'lectern.test'));
    const course = await browser.open(server.url('/lms/course.html', 'lms.example.edu'));
    await library.waitFor(
      (titles) => {
        const shown = [...document.querySelectorAll('.lecture-title')].map((a) => a.textContent);
        return titles.every((title) => shown.includes(title));
      },
      [DEMO_TITLE, 'Thermodynamics lecture'],
      20_000,
    );
    await demo.close();
    await course.close();
    demoKey = await lectureKeyOf(library, 'lectern.test');
    courseKey = await lectureKeyOf(library, 'video.example.org');
    const notes = [
      { lectureKey: demoKey, time: 65, kind: 'question', text: 'Why does entropy always grow? #exam' },
      { lectureKey: demoKey, time: 12, kind: 'note', text: 'Cells store energy as <b>ATP</b>' },
      { lectureKey: courseKey, time: 30, kind: 'note', text: 'Entropy and heat engines' },
    ];
    for (const note of notes) await send(library, 'note/add', note);
    await library.waitFor(() => document.body.textContent?.includes('2 notes'), null);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists each lecture with its site, progress and note count', async () => {
    const rows = await library.evaluate(() =>
      [...document.querySelectorAll('.lecture-row')].map((row) => row.textContent ?? ''),
    );
    const demoRow = rows.find((row) => row.includes(DEMO_TITLE)) ?? '';
    expect(demoRow).toContain('lectern.test');
    expect(demoRow).toContain('2 notes');
    expect(rows.find((row) => row.includes('Thermodynamics lecture'))).toContain('1 note');
    expect(demoRow).toMatch(/watched .* ago/);
  });

  it("opens a lecture's page from the list, and back and forward move between the views", async () => {
    await click(library, `.lecture-title[href*="lectern.test"]`);
    await library.waitFor((title) => document.querySelector('h1')?.textContent === title, DEMO_TITLE);
    expect(await library.evaluate(() => location.hash)).toMatch(/^#\/lecture\//);
    expect(await library.evaluate(() => document.querySelector('h2')?.textContent)).toBe('Notes');
    const notes = await library.evaluate(() =>
      [...document.querySelectorAll('.note-row')].map((row) => [
        row.querySelector('.time-link')?.textContent,
        row.querySelector('.note-text')?.textContent,
      ]),
    );
    expect(notes).toEqual([
      ['0:12', 'Cells store energy as <b>ATP</b>'],
      ['1:05', 'Why does entropy always grow? #exam'],
    ]);
    expect(await library.evaluate(() => document.querySelector('.note-text b'))).toBeNull();

    // A time opens the lecture at that moment in a new tab (lecture/open-at in the background).
    await click(library, '.note-row:nth-of-type(2) .time-link');
    expect(await takeTabAt(library, '/demo/')).toContain(server.url('/demo/', 'lectern.test'));
    expect(await library.evaluate(() => document.querySelector('[role="alert"]'))).toBeNull();

    await library.evaluate(() => history.back());
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Your lectures', null);
    await library.evaluate(() => history.forward());
    await library.waitFor((title) => document.querySelector('h1')?.textContent === title, DEMO_TITLE);
    expect(await library.evaluate(headingText)).toBe(DEMO_TITLE);
    await click(library, 'a[href="#/"]');
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Your lectures', null);
  });

  it('searches every note as the student types, highlights matches, filters, and links to the lecture', async () => {
    await click(library, 'nav a[href="#/search"]');
    await library.waitFor(() => document.activeElement?.id === 'search-input', null);
    await library.type('entropy');
    await library.waitFor(() => document.querySelector('.result-count')?.textContent === '2 results', null);
    const marks = await library.evaluate(() =>
      [...document.querySelectorAll('.result-row mark')].map((m) => m.textContent),
    );
    expect(marks.map((mark) => mark?.toLowerCase())).toEqual(['entropy', 'entropy']);
    expect(await library.evaluate(() => location.hash)).toBe('#/search/entropy');

    await choose(library, 'select[name="kind"]', 'question');
    await library.waitFor(() => document.querySelector('.result-count')?.textContent === '1 result', null);
    await click(library, '.result-row .result-lecture');
    await library.waitFor((title) => document.querySelector('h1')?.textContent === title, DEMO_TITLE);
    expect(await library.evaluate(() => location.hash)).toBe(`#/lecture/${encodeURIComponent(demoKey)}`);
    expect(courseKey).not.toBe(demoKey);
  });

  it('renames a lecture, then deletes it with its notes and brings it back with Undo', async () => {
    await library.evaluate(() => {
      location.hash = '#/';
    });
    await click(library, `.lecture-title[href="#/lecture/${encodeURIComponent(courseKey)}"]`);
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Thermodynamics lecture', null);
    await click(library, '.lecture-actions button:nth-of-type(2)');
    await library.waitFor(() => document.activeElement?.id === 'rename-input', null);
    await library.evaluate(() => (document.activeElement as HTMLInputElement).select());
    await library.type('Week 3: Heat engines');
    await pressEnter(library);
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Week 3: Heat engines', null);

    await click(library, 'button.danger');
    await library.waitFor(() => document.querySelector('.confirm legend')?.textContent?.includes('its note?'), null);
    await click(library, '.confirm button.danger');
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Your lectures', null);
    await library.waitFor(
      () => document.querySelector('.undo-bar')?.textContent?.includes('Week 3: Heat engines'),
      null,
    );
    const titles = () => [...document.querySelectorAll('.lecture-title')].map((a) => a.textContent);
    // The list renders once its live query answered (it may still read "Loading" right after the heading).
    await library.waitFor(() => document.querySelectorAll('.lecture-title').length > 0, null);
    expect(await library.evaluate(titles)).toEqual([DEMO_TITLE]);

    await click(library, '.undo-bar button.primary');
    await library.waitFor(() => document.querySelectorAll('.lecture-title').length === 2, null);
    expect(await library.evaluate(titles)).toContain('Week 3: Heat engines');
    const restored = await send<{ notes: { text: string }[] }>(library, 'note/list', { lectureKey: courseKey });
    expect(restored.notes.map((note) => note.text)).toEqual(['Entropy and heat engines']);
  });

  it('reviews the due questions with the keyboard, and the due count follows', async () => {
    await library.evaluate(() => {
      location.hash = '#/';
    });
    await library.waitFor(() => document.querySelector('.due-count')?.textContent?.includes('due'), null);
    expect(await library.evaluate(() => document.querySelector('.due-count')?.textContent)).toBe('1 review due');
    await click(library, '.due-count a');
    await library.waitFor(
      () => document.querySelector('#review-prompt')?.textContent === 'Your question at 1:05',
      null,
    );
    expect(await library.evaluate(() => document.querySelector('.review-prompt-text')?.textContent)).toBe(
      'Why does entropy always grow? #exam',
    );
    await library.press(' ');
    await library.waitFor(() => document.querySelector('.review-grades') !== null, null);
    await library.press('Digit3');
    await library.waitFor(() => document.querySelector('#review-done')?.textContent === 'Done: 1 reviewed', null);
    await click(library, 'nav a[href="#/"]');
    await library.waitFor(() => document.querySelector('.due-count')?.textContent === 'No reviews due', null);
  });
});
