/**
 * Export and import as a student uses them, in both browsers: notes taken with Alt+N on two replica
 * lectures (one in an LMS's cross-origin player iframe), search, export the search's results
 * (Markdown and CSV) and the library (Markdown and JSON) from the dashboard, the downloaded files
 * read back, delete everything from the options page, import the downloaded JSON through the file
 * input: the library is back exactly (the JSON exported again is identical but for `exportedAt`);
 * a damaged backup is refused and changes nothing. Downloads: Playwright's download event in
 * Chromium, WebDriver BiDi's browser.setDownloadBehavior into a folder in Firefox.
 */
import { beforeAll, expect, it } from 'vitest';
import type { FileData, TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { asLectureTab } from '../support/student';

const DEMO_TITLE = 'Lecture 1: Cells and energy';
const COURSE_TITLE = 'Thermodynamics lecture';

/** Waits for an element matching `selector` whose text (or its label's) is `name`, and clicks it. */
async function clickNamed(tab: TabHandle, selector: string, name: string) {
  const marked = await markNamed(tab, selector, name);
  await tab.click(marked);
}

/**
 * Finds the element matching `selector` whose accessible text is `name` (its aria-label, its label's
 * text, its caption, or its own text, spaces folded), as a student finds a control by what it says; marks it so
 * the driver can act on it, and returns the selector of the mark.
 */
async function markNamed(tab: TabHandle, selector: string, name: string): Promise<string> {
  const mark = `named-${Math.random().toString(36).slice(2)}`;
  await tab.waitFor(
    ({ selector, name, mark }) => {
      const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
      const found = [...document.querySelectorAll<HTMLElement>(selector)].find((element) => {
        const labels = (element as HTMLInputElement).labels;
        const text =
          element.getAttribute('aria-label') ??
          // A label's text without the control's own (a <select>'s options).
          (labels?.length ? labels[0]?.textContent?.replace(element.textContent ?? '', '') : null) ??
          (element as HTMLTableElement).caption?.textContent;
        return fold(text ?? element.textContent) === name;
      });
      found?.setAttribute('data-test-mark', mark);
      return found !== undefined;
    },
    { selector, name, mark },
  );
  return `[data-test-mark="${mark}"]`;
}

const bodyText = () => document.body.textContent ?? '';

const withoutExportDate = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

/** Seeks the lecture in `tab` to `at` seconds and takes a note there (a question if asked). */
async function noteAt(tab: TabHandle, at: number, text: string, kind: 'note' | 'question' = 'note') {
  const lecture = asLectureTab(tab);
  await lecture.overlay();
  await lecture.seekTo(at);
  await tab.bringToFront();
  await lecture.takeNote(text, kind);
  // The editor closes once the note is saved.
  const overlay = await lecture.overlay();
  await overlay.waitFor(() => document.querySelector('textarea') === null, null);
}

describeInBrowsers.parallel('export and import in %s', (e2e) => {
  let library: TabHandle;

  /** Chooses a format in the library's export panel, clicks Export, and reads the downloaded file. */
  async function exportAs(formatLabel: string): Promise<FileData> {
    await library.click(await markNamed(library, 'input[name="export-format"]', formatLabel));
    return library.download(() => clickNamed(library, 'button', 'Export'));
  }

  const waitForTitles = (titles: string[]) =>
    library.waitFor((wanted) => wanted.every((title) => document.body.textContent?.includes(title)), titles, 20_000);

  beforeAll(async () => {
    library = await e2e.browser.openExtensionPage('/dashboard.html');
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    const demo = await e2e.browser.open(e2e.url('/demo/', 'lectern.test'));
    const course = await e2e.browser.open(e2e.url('/lms/course.html', 'lms.example.edu'));
    await waitForTitles([DEMO_TITLE, COURSE_TITLE]);
    await noteAt(demo, 12, 'Cells store energy as *ATP* #bio');
    await noteAt(demo, 65, 'Why does entropy always grow? #exam', 'question');
    await noteAt(course, 245, '=1+1 entropy and heat engines');
    // Close the lectures so nothing changes the library between the exports compared below.
    await demo.close();
    await course.close();
    await library.bringToFront();
  });

  it('finds the notes taken on two lectures by search, and exports exactly those results', async () => {
    await clickNamed(library, 'nav a', 'Search');
    await library.waitFor(() => document.activeElement?.id === 'search-input', null);
    await library.type('entropy');
    await library.waitFor(() => document.querySelector('.result-count')?.textContent === '2 results', null);
    const results = '[aria-label="Export these results"]';
    const exportResults = () => clickNamed(library, `${results} button`, 'Export these results');

    const markdown = await library.download(exportResults);
    expect(markdown.name).toMatch(/^lectern-search-entropy-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toMatch(/\*\*Question:\*\* Why does entropy always grow\? #exam/);
    expect(markdown.text).toContain('\\=1+1 entropy and heat engines');
    expect(markdown.text).not.toContain('Cells store energy');

    await library.select(await markNamed(library, `${results} select`, 'Format'), 'csv');
    const csv = await library.download(exportResults);
    expect(csv.name).toMatch(/^lectern-search-entropy-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csv.text.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows.join('\n')).toContain('Why does entropy always grow? #exam');
    expect(rows.join('\n')).toContain("'=1+1 entropy and heat engines");
    expect(rows.join('\n')).not.toContain('Cells store energy');
  });

  let backup: FileData = { name: '', text: '' };

  it('exports Markdown and a JSON backup from the dashboard', async () => {
    await clickNamed(library, 'nav a', 'Export');
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Export and import', null);

    const markdown = await exportAs('Markdown (Obsidian, any editor)');
    expect(markdown.name).toMatch(/^lectern-library-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain(`## ${DEMO_TITLE}`);
    expect(markdown.text).toContain(`## ${COURSE_TITLE}`);
    expect(markdown.text).toMatch(
      /- \[0:12\]\(http:\/\/lectern\.test:\d+\/demo\/#t=12\) Cells store energy as \\\*ATP\\\* #bio/,
    );
    expect(markdown.text).toMatch(/- \[1:05\]\(.*#t=65\) \*\*Question:\*\* Why does entropy always grow\? #exam/);
    expect(markdown.text).toMatch(/- \[4:05\]\(http:\/\/[^)]+#t=245\) \\=1\+1 entropy/);
    // The status says what was saved (it may follow the download by a moment).
    await library.waitFor(
      (name) => document.body.textContent?.includes(`Saved ${name}: 3 notes from 2 lectures`),
      markdown.name,
    );
    expect(
      (await library.evaluate(bodyText)).match(/Saved lectern-library-.*?\.md: 3 notes from 2 lectures/g),
    ).toHaveLength(1);

    const json = await exportAs('JSON backup (importable)');
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
    backup = json;
  });

  it('deletes everything from the options page, then importing the downloaded file brings the library back exactly', async () => {
    const options = await e2e.browser.openExtensionPage('/options.html');
    await options.waitFor(() => document.querySelector('h1')?.textContent === 'Lectern options', null);
    await clickNamed(options, 'button', 'Delete all my Lectern data…');
    await options.click(await markNamed(options, 'input', 'Type DELETE to confirm'));
    await options.type('DELETE');
    await clickNamed(options, 'button', 'Delete everything');
    await options.waitFor(() => document.body.textContent?.includes('All your Lectern data was deleted.'), null);
    await options.close();

    await library.bringToFront();
    await clickNamed(library, 'nav a', 'Lectures');
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    await clickNamed(library, 'nav a', 'Export');
    await library.upload(await markNamed(library, 'input[type="file"]', 'Backup file'), backup);
    const summary = await markNamed(library, 'table', 'What this import will do');
    // The table is rendered whole, with its caption.
    const notesRow = (table: string) =>
      [...document.querySelectorAll(`${table} tr`)].find((row) => row.textContent?.startsWith('Notes'))?.textContent;
    expect(await library.evaluate(notesRow, summary)).toBe('Notes300');
    await clickNamed(library, 'button', 'Import');
    await library.waitFor(
      (name) => document.body.textContent?.includes(`Imported ${name}: 5 records added or updated`),
      backup.name,
    );

    const again = await exportAs('JSON backup (importable)');
    expect(withoutExportDate(again.text)).toBe(withoutExportDate(backup.text));

    await clickNamed(library, 'nav a', 'Lectures');
    await waitForTitles([DEMO_TITLE, COURSE_TITLE]);
  });

  it('refuses a damaged backup with a clear message and changes nothing', async () => {
    await clickNamed(library, 'nav a', 'Export');
    await library.upload(await markNamed(library, 'input[type="file"]', 'Backup file'), {
      name: 'cut.json',
      text: backup.text.slice(0, backup.text.length / 2),
    });
    await library.waitFor(
      () => [...document.querySelectorAll('[role="alert"]')].some((alert) => alert.textContent?.includes('truncated')),
      null,
    );
    const after = await exportAs('JSON backup (importable)');
    expect(withoutExportDate(after.text)).toBe(withoutExportDate(backup.text));
  });
});
