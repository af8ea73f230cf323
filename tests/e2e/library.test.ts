/**
 * The library as a student uses it: lectures appear by themselves when their pages are opened;
 * the dashboard lists them, opens a lecture's page, and back/forward move between views.
 */
import { beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { takeTabAt } from '../support/tabs';

const DEMO_TITLE = 'Lecture 1: Cells and energy';

/**
 * Enter as a real key press in both drivers. (The shared `press('Enter')` sends U+E006 as a
 * character in Firefox, which reached this extension page as an input event without a keydown.)
 */
async function pressEnter(tab: TabHandle) {
  await (tab.raw as { keyboard: { press(key: string): Promise<void> } }).keyboard.press('Enter');
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

describeInBrowsers.parallel('library in %s', (e2e) => {
  let library: TabHandle;
  let demoKey = '';
  let courseKey = '';

  beforeAll(async () => {
    library = await e2e.browser.openExtensionPage('/dashboard.html');
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    const demo = await e2e.browser.open(e2e.url('/demo/', 'lectern.test'));
    const course = await e2e.browser.open(e2e.url('/lms/course.html', 'lms.example.edu'));
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
    courseKey = await lectureKeyOf(library, 'lms.example.edu');
    const notes = [
      { lectureKey: demoKey, time: 65, kind: 'question', text: 'Why does entropy always grow? #exam' },
      { lectureKey: demoKey, time: 12, kind: 'note', text: 'Cells store energy as <b>ATP</b>' },
      { lectureKey: courseKey, time: 30, kind: 'note', text: 'Entropy and heat engines' },
    ];
    for (const note of notes) await send(library, 'note/add', note);
    // Every row counts its notes (the list may render the notes one by one: wait for all three).
    await library.waitFor(
      () =>
        [...document.querySelectorAll('.lecture-row')]
          .map((row) => /(\d+) notes?\b/.exec(row.textContent ?? '')?.[1])
          .reduce((sum, count) => sum + Number(count ?? 0), 0) === 3,
      null,
    );
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
    await library.click(`.lecture-title[href*="lectern.test"]`);
    // The heading comes first; the notes once their query answered (a list, or the empty state).
    await library.waitFor(
      (title) =>
        document.querySelector('h1')?.textContent === title &&
        document.querySelector('[aria-labelledby="notes-heading"] :is(.note-list, .empty-state)') !== null,
      DEMO_TITLE,
    );
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
    await library.click('.note-row:nth-of-type(2) .time-link');
    expect(await takeTabAt(library, '/demo/')).toContain(e2e.url('/demo/', 'lectern.test'));
    expect(await library.evaluate(() => document.querySelector('[role="alert"]'))).toBeNull();

    await library.evaluate(() => history.back());
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Your lectures', null);
    await library.evaluate(() => history.forward());
    await library.waitFor((title) => document.querySelector('h1')?.textContent === title, DEMO_TITLE);
    expect(await library.evaluate(headingText)).toBe(DEMO_TITLE);
    await library.click('a[href="#/"]');
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Your lectures', null);
  });

  it('searches every note as the student types, highlights matches, filters, and links to the lecture', async () => {
    await library.click('nav a[href="#/search"]');
    await library.waitFor(() => document.activeElement?.id === 'search-input', null);
    await library.type('entropy');
    await library.waitFor(() => document.querySelector('.result-count')?.textContent === '2 results', null);
    const marks = await library.evaluate(() =>
      [...document.querySelectorAll('.result-row mark')].map((m) => m.textContent),
    );
    expect(marks.map((mark) => mark?.toLowerCase())).toEqual(['entropy', 'entropy']);
    expect(await library.evaluate(() => location.hash)).toBe('#/search/entropy');

    await library.select('select[name="kind"]', 'question');
    await library.waitFor(() => document.querySelector('.result-count')?.textContent === '1 result', null);
    await library.click('.result-row .result-lecture');
    await library.waitFor((title) => document.querySelector('h1')?.textContent === title, DEMO_TITLE);
    expect(await library.evaluate(() => location.hash)).toBe(`#/lecture/${encodeURIComponent(demoKey)}`);
    expect(courseKey).not.toBe(demoKey);
  });

  it('renames a lecture, then deletes it with its notes and brings it back with Undo', async () => {
    await library.evaluate(() => {
      location.hash = '#/';
    });
    await library.click(`.lecture-title[href="#/lecture/${encodeURIComponent(courseKey)}"]`);
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Thermodynamics lecture', null);
    await library.click('.lecture-actions button:nth-of-type(2)');
    await library.waitFor(() => document.activeElement?.id === 'rename-input', null);
    await library.evaluate(() => (document.activeElement as HTMLInputElement).select());
    await library.type('Week 3: Heat engines');
    await pressEnter(library);
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Week 3: Heat engines', null);

    await library.click('button.danger');
    await library.waitFor(() => document.querySelector('.confirm legend')?.textContent?.includes('its note?'), null);
    await library.click('.confirm button.danger');
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Your lectures', null);
    await library.waitFor(
      () => document.querySelector('.undo-bar')?.textContent?.includes('Week 3: Heat engines'),
      null,
    );
    const titles = () => [...document.querySelectorAll('.lecture-title')].map((a) => a.textContent);
    // The list renders once its live query answered (it may still read "Loading" right after the heading).
    await library.waitFor(() => document.querySelectorAll('.lecture-title').length > 0, null);
    expect(await library.evaluate(titles)).toEqual([DEMO_TITLE]);

    await library.click('.undo-bar button.primary');
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
    await library.click('.due-count a');
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
    await library.click('nav a[href="#/"]');
    await library.waitFor(() => document.querySelector('.due-count')?.textContent === 'No reviews due', null);
  });
});
