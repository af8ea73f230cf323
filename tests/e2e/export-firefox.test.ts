/**
 * Export and import in Firefox, the same flow as in Chromium (export.test.ts): notes taken with
 * Alt+N on two replica lectures (one in an LMS's cross-origin player iframe), search, export the
 * search's results and the library as Markdown and JSON from the dashboard, the downloaded files
 * read back from disk (WebDriver BiDi `browser.setDownloadBehavior` sends Firefox's downloads to a
 * temporary folder), delete everything from the options page, import the downloaded JSON through
 * the file input (BiDi `input.setFiles`): the library is back exactly.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type StudentBrowser, type TabHandle } from '../support/browsers';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { asLectureTab } from '../support/student';

const DEMO_TITLE = 'Cells and energy — Biology 101, Lecture 1';
const COURSE_TITLE = 'Thermodynamics lecture';

/** Firefox saves downloads into `folder` (no dialog), through BiDi's browser.setDownloadBehavior. */
async function downloadInto(tab: TabHandle, folder: string) {
  type Bidi = { connection: { send(method: string, params: unknown): Promise<unknown> } };
  const { connection } = (tab.raw as Page).browser() as unknown as Bidi;
  await connection.send('browser.setDownloadBehavior', {
    downloadBehavior: { type: 'allowed', destinationFolder: folder },
  });
}

/** Waits for a new, complete file in `folder` (Firefox writes `<name>.part`, then renames it). */
async function newDownload(folder: string, known: Set<string>): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const names = readdirSync(folder);
    const done = names.find((name) => !known.has(name) && !name.endsWith('.part') && !names.includes(`${name}.part`));
    if (done) {
      known.add(done);
      return done;
    }
    await new Promise((resume) => setTimeout(resume, 100));
  }
  throw new Error(`No download arrived in ${folder}`);
}

/** Clicks the button whose text is `label`, as a student would (by its name), optionally inside `within`. */
function clickButton(tab: TabHandle, label: string, within = 'body') {
  return tab.evaluate(
    ({ name, scope }) => {
      const root = document.querySelector(scope) ?? document.body;
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
      if (!button) throw new Error(`No button ${name}`);
      button.click();
    },
    { name: label, scope: within },
  );
}

/** Takes a note the way a student does: the lecture at a moment, Alt+N, (a kind), type, Enter. */
async function takeNote(tab: TabHandle, at: number, text: string, kind: 'note' | 'question' = 'note') {
  let seeked = false;
  for (const frame of tab.frames()) {
    const hasVideo = await frame.evaluate(() => document.querySelector('video') !== null).catch(() => false);
    if (!hasVideo) continue;
    await frame.evaluate(async (time) => {
      const video = document.querySelector('video') as HTMLVideoElement;
      if (video.readyState < 1)
        await new Promise((ready) => video.addEventListener('loadedmetadata', ready, { once: true }));
      video.pause();
      video.currentTime = time;
      if (Math.abs(video.currentTime - time) > 0.5)
        await new Promise((done) => video.addEventListener('seeked', done, { once: true }));
    }, at);
    seeked = true;
  }
  if (!seeked) throw new Error('No lecture video on this page');
  const lecture = asLectureTab(tab);
  const overlay = await lecture.overlay();
  await (tab.raw as Page).bringToFront();
  await tab.press('Alt+KeyN');
  await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
  if (kind !== 'note') {
    await overlay.evaluate((value) => {
      const select = document.querySelector('.kind-picker select') as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      (document.querySelector('textarea') as HTMLTextAreaElement).focus();
    }, kind);
  }
  await tab.type(text);
  expect(await overlay.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value, null)).toBe(
    text,
  );
  await tab.press('Enter');
  await overlay.waitFor(() => /Saved at \d/.test(document.body.textContent ?? ''), null);
}

const withoutExportDate = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

describe('export and import in firefox', () => {
  let server: FixtureServer;
  let browser: StudentBrowser;
  let library: TabHandle;
  let folder: string;
  const seen = new Set<string>();

  /** Chooses a format in the export panel, clicks Export, and reads the downloaded file. */
  async function exportAs(format: string): Promise<{ name: string; text: string }> {
    await library.evaluate((value) => {
      (document.querySelector(`input[name="export-format"][value="${value}"]`) as HTMLInputElement).click();
    }, format);
    await clickButton(library, 'Export');
    const name = await newDownload(folder, seen);
    return { name, text: readFileSync(join(folder, name), 'utf8') };
  }

  const go = (hash: string) =>
    library.evaluate((target) => {
      location.hash = target;
    }, hash);

  const libraryText = () => library.evaluate(() => document.body.textContent ?? '');

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lectern-downloads-'));
    server = await startFixtureServer();
    browser = await launchBrowser('firefox');
    library = await browser.openExtensionPage('/dashboard.html');
    await downloadInto(library, folder);
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
    if (folder && existsSync(folder)) rmSync(folder, { recursive: true, force: true });
  });

  it('finds the notes taken on two lectures by search, and exports exactly those results', async () => {
    await go('#/search');
    await library.waitFor(() => document.activeElement?.id === 'search-input', null);
    await library.type('entropy');
    await library.waitFor(() => document.querySelector('.result-count')?.textContent === '2 results', null);
    await clickButton(library, 'Export these results', '.export-results');
    const name = await newDownload(folder, seen);
    expect(name).toMatch(/^lectern-search-entropy-\d{4}-\d{2}-\d{2}\.md$/);
    const text = readFileSync(join(folder, name), 'utf8');
    expect(text).toMatch(/\*\*Question:\*\* Why does entropy always grow\? #exam/);
    expect(text).toContain('\\=1+1 entropy and heat engines');
    expect(text).not.toContain('Cells store energy');
  });

  let backup = '';
  let backupName = '';

  it('exports Markdown and a JSON backup from the dashboard', async () => {
    await go('#/export');
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Export and import', null);

    const markdown = await exportAs('markdown');
    expect(markdown.name).toMatch(/^lectern-library-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain(`## ${DEMO_TITLE}`);
    expect(markdown.text).toContain(`## ${COURSE_TITLE}`);
    expect(markdown.text).toMatch(
      /- \[0:12\]\(http:\/\/lectern\.test:\d+\/demo\/#t=12\) Cells store energy as \\\*ATP\\\* #bio/,
    );
    expect(markdown.text).toMatch(/- \[1:05\]\(.*#t=65\) \*\*Question:\*\* Why does entropy always grow\? #exam/);
    expect(markdown.text).toMatch(/- \[4:05\]\(http:\/\/[^)]+#t=245\) \\=1\+1 entropy/);
    expect(await libraryText()).toMatch(/Saved lectern-library-.*\.md: 3 notes from 2 lectures/);

    const json = await exportAs('json');
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
    backupName = json.name;
  });

  it('deletes everything from the options page, then importing the downloaded file brings the library back exactly', async () => {
    const options = await browser.openExtensionPage('/options.html');
    await options.waitFor(() => document.querySelector('h1')?.textContent === 'Lectern options', null);
    await clickButton(options, 'Delete all my Lectern data…');
    await options.evaluate(() => {
      const input = [...document.querySelectorAll('label')]
        .find((label) => label.textContent?.includes('Type DELETE to confirm'))
        ?.querySelector('input') as HTMLInputElement;
      input.value = 'DELETE';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clickButton(options, 'Delete everything');
    await options.waitFor(() => document.body.textContent?.includes('All your Lectern data was deleted.'), null);
    await options.close();

    await go('#/');
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    await go('#/export');
    await library.waitFor(() => document.querySelector('input[type="file"]') !== null, null);
    // The file the browser downloaded, chosen in the file input (BiDi input.setFiles).
    const input = await (library.raw as Page).$('input[type="file"]');
    await input?.uploadFile(join(folder, backupName));
    await library.waitFor(() => document.querySelector('table.import-summary') !== null, null);
    expect(await library.evaluate(() => document.querySelector('table.import-summary')?.textContent)).toContain(
      'Notes300',
    );
    await clickButton(library, 'Import');
    await library.waitFor(
      (name) => document.body.textContent?.includes(`Imported ${name}: 5 records added or updated`),
      backupName,
    );

    const again = await exportAs('json');
    expect(withoutExportDate(again.text)).toBe(withoutExportDate(backup));

    await go('#/');
    await library.waitFor(
      (titles) => titles.every((title) => document.body.textContent?.includes(title)),
      [DEMO_TITLE, COURSE_TITLE],
    );
  });
});
