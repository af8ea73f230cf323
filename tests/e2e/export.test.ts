/**
 * Export and import as a student uses them (Chromium, where downloads can be captured): notes taken with
 * Alt+N on two replica lectures, search, export Markdown and JSON from the dashboard (the downloaded
 * files are read back), delete everything from the options page, import the JSON: the library
 * is back exactly (the JSON exported again is identical but for `exportedAt`).
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type StudentBrowser, type TabHandle } from '../support/browsers';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

const DEMO_TITLE = 'Cells and energy — Biology 101, Lecture 1';
const COURSE_TITLE = 'Thermodynamics lecture';

/** The overlay's extension-origin frame inside a lecture page, once Lectern has put it there. */
async function overlayFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const frame = page.frames().find((candidate) => candidate.url().includes('/overlay-frame.html'));
    if (frame) return frame;
    await page.waitForEvent('frameattached', { timeout: 100 }).catch(() => undefined);
  }
  throw new Error('The overlay frame never appeared');
}

/**
 * Takes a note the way a student does: seek the lecture to a moment, press Alt+N, type, Enter.
 * A question is chosen in the editor's kind picker first.
 */
async function takeNote(tab: TabHandle, at: number, text: string, kind: 'note' | 'question' = 'note') {
  const page = tab.raw as Page;
  let lectureFrame: Frame | undefined;
  for (const frame of page.frames())
    if (await frame.evaluate(() => document.querySelector('video') !== null)) lectureFrame = frame;
  if (!lectureFrame) throw new Error('No lecture video on this page');
  await lectureFrame.evaluate(async (time) => {
    const video = document.querySelector('video') as HTMLVideoElement;
    if (video.readyState < 1)
      await new Promise((ready) => video.addEventListener('loadedmetadata', ready, { once: true }));
    video.pause();
    video.currentTime = time;
  }, at);
  await lectureFrame.waitForFunction(
    (time) => Math.abs((document.querySelector('video')?.currentTime ?? -1) - time) < 0.5,
    at,
  );
  const frame = await overlayFrame(page);
  await page.bringToFront();
  await tab.press('Alt+KeyN');
  const field = frame.getByRole('textbox', { name: /Note at/ });
  await field.waitFor();
  // The editor takes focus once it is open: type only then, as a student would see the caret.
  // (Polled: animation frames may not run in the overlay's frame of a background tab.)
  await frame.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', null, { polling: 100 });
  if (kind !== 'note') {
    await frame.getByRole('combobox', { name: 'Kind' }).selectOption(kind);
    await field.focus();
  }
  await tab.type(text);
  expect(await field.inputValue()).toBe(text);
  await tab.press('Enter');
  await field.waitFor({ state: 'hidden' });
}

/** Clicks Export and returns the downloaded file's name and text. */
async function exportAs(page: Page, formatLabel: string): Promise<{ name: string; text: string }> {
  await page.getByRole('radio', { name: formatLabel }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const withoutExportDate = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

describe('export and import in chromium', () => {
  let server: FixtureServer;
  let browser: StudentBrowser;
  let library: TabHandle;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser('chromium');
    library = await browser.openExtensionPage('/dashboard.html');
    page = library.raw as Page;
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    const demo = await browser.open(server.url('/demo/', 'lectern.test'));
    const course = await browser.open(server.url('/lms/course.html', 'lms.example.edu'));
    await library.waitFor(
      (titles) => titles.every((title) => document.body.textContent?.includes(title)),
      [DEMO_TITLE, COURSE_TITLE],
      20_000,
    );
    await takeNote(demo, 12, 'Cells store energy as *ATP* #bio');
    await takeNote(demo, 65, 'Why does entropy always grow? #exam', 'question');
    await takeNote(course, 245, '=1+1 entropy and heat engines');
    // Close the lectures so nothing changes the library between the exports compared below.
    await demo.close();
    await course.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the notes taken on two lectures by search, and exports exactly those results', async () => {
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await library.waitFor(() => document.activeElement?.id === 'search-input', null);
    await library.type('entropy');
    await library.waitFor(() => document.querySelector('.result-count')?.textContent === '2 results', null);
    const results = page.getByRole('region', { name: 'Export these results' });
    await results.getByRole('combobox', { name: 'Format' }).selectOption('csv');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      results.getByRole('button', { name: 'Export these results' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lectern-search-entropy-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readFileSync(await download.path(), 'utf8')
      .split('\r\n')
      .filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows.join('\n')).toContain('Why does entropy always grow? #exam');
    expect(rows.join('\n')).toContain("'=1+1 entropy and heat engines");
    expect(rows.join('\n')).not.toContain('Cells store energy');
  });

  let backup = '';

  it('exports Markdown and a JSON backup from the dashboard', async () => {
    await page.getByRole('link', { name: 'Export', exact: true }).click();
    await page.getByRole('heading', { name: 'Export and import' }).waitFor();

    const markdown = await exportAs(page, 'Markdown (Obsidian, any editor)');
    expect(markdown.name).toMatch(/^lectern-library-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain(`## ${DEMO_TITLE}`);
    expect(markdown.text).toContain(`## ${COURSE_TITLE}`);
    expect(markdown.text).toMatch(
      /- \[0:12\]\(http:\/\/lectern\.test:\d+\/demo\/#t=12\) Cells store energy as \\\*ATP\\\* #bio/,
    );
    expect(markdown.text).toMatch(/- \[1:05\]\(.*#t=65\) \*\*Question:\*\* Why does entropy always grow\? #exam/);
    expect(markdown.text).toMatch(/- \[4:05\]\(http:\/\/[^)]+#t=245\) \\=1\+1 entropy/);
    expect(await page.getByText(/Saved lectern-library-.*\.md: 3 notes from 2 lectures/).count()).toBe(1);

    const json = await exportAs(page, 'JSON backup (importable)');
    expect(json.name).toMatch(/^lectern-library-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(json.text);
    expect(parsed).toMatchObject({ format: 'lectern-backup', version: 1 });
    expect(parsed.lectures).toHaveLength(2);
    expect(parsed.notes.map((note: { text: string }) => note.text).sort()).toEqual([
      '=1+1 entropy and heat engines',
      'Cells store energy as *ATP* #bio',
      'Why does entropy always grow? #exam',
    ]);
    expect(Object.keys(parsed.settings)).toEqual(expect.arrayContaining(['theme', 'disabledSites', 'timer']));
    backup = json.text;
  });

  it('deletes everything from the options page, then the import brings the library back exactly', async () => {
    const options = await browser.openExtensionPage('/options.html');
    const optionsPage = options.raw as Page;
    await optionsPage.getByRole('button', { name: 'Delete all my Lectern data…' }).click();
    await optionsPage.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
    await optionsPage.getByRole('button', { name: 'Delete everything' }).click();
    await optionsPage.getByText('All your Lectern data was deleted.').waitFor();
    await options.close();

    await page.getByRole('link', { name: 'Lectures', exact: true }).click();
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);

    await page.getByRole('link', { name: 'Export', exact: true }).click();
    await page.getByLabel('Backup file').setInputFiles({
      name: 'lectern-library.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const summary = page.getByRole('table', { name: 'What this import will do' });
    await summary.waitFor();
    expect(await summary.getByRole('row', { name: /^Notes/ }).textContent()).toBe('Notes300');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/Imported lectern-library\.json: 5 records added or updated/).waitFor();

    const again = await exportAs(page, 'JSON backup (importable)');
    expect(withoutExportDate(again.text)).toBe(withoutExportDate(backup));

    await page.getByRole('link', { name: 'Lectures', exact: true }).click();
    await library.waitFor(
      (titles) => titles.every((title) => document.body.textContent?.includes(title)),
      [DEMO_TITLE, COURSE_TITLE],
    );
  });

  it('refuses a damaged backup with a clear message and changes nothing', async () => {
    await page.getByRole('link', { name: 'Export', exact: true }).click();
    await page.getByLabel('Backup file').setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.slice(0, backup.length / 2)),
    });
    await page.getByRole('alert').filter({ hasText: 'truncated' }).waitFor();
    const after = await exportAs(page, 'JSON backup (importable)');
    expect(withoutExportDate(after.text)).toBe(withoutExportDate(backup));
  });
});
