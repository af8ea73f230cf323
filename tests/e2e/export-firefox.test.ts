/**
 * Export and import in Firefox, driven over WebDriver BiDi (which cannot capture downloads): the
 * file the dashboard hands to its <a download> link is read from the page, and the backup is
 * given back to the import's file input as a File. Notes come in as real protocol messages.
 * Export JSON, delete everything from the options page, import: the library is back exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type StudentBrowser, type TabHandle } from '../support/browsers';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

const DEMO_TITLE = 'Cells and energy — Biology 101, Lecture 1';

function send<T>(tab: TabHandle, type: string, payload: unknown): Promise<T> {
  return tab.evaluate(
    async ({ type, payload }) => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser: Runtime };
      const reply = (await scope.browser.runtime.sendMessage({ type, payload })) as {
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

/** Clicks the button whose text is `label` (as a student would, by its name). */
function clickButton(tab: TabHandle, label: string) {
  return tab.evaluate((name) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!button) throw new Error(`No button ${name}`);
    button.click();
  }, label);
}

/** Chooses an export format, clicks Export, and returns the file the page saved. */
async function exportFile(tab: TabHandle, format: string): Promise<{ name: string; text: string }> {
  await tab.evaluate((value) => {
    const saved = window as unknown as { lecternSaved?: Promise<{ name: string; text: string }> };
    saved.lecternSaved = new Promise((resolve) => {
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        HTMLAnchorElement.prototype.click = original;
        void fetch(this.href)
          .then((response) => response.text())
          .then((text) => resolve({ name: this.download, text }));
      };
    });
    (document.querySelector(`input[name="export-format"][value="${value}"]`) as HTMLInputElement).click();
  }, format);
  await clickButton(tab, 'Export');
  return tab.evaluate(
    () => (window as unknown as { lecternSaved: Promise<{ name: string; text: string }> }).lecternSaved,
  );
}

const withoutExportDate = (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

describe('export and import in firefox', () => {
  let server: FixtureServer;
  let browser: StudentBrowser;
  let library: TabHandle;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser('firefox');
    library = await browser.openExtensionPage('/dashboard.html');
    const demo = await browser.open(server.url('/demo/', 'lectern.test'));
    await library.waitFor((title) => document.body.textContent?.includes(title), DEMO_TITLE, 20_000);
    await demo.close();
    const key = await library.evaluate(() =>
      decodeURIComponent(
        document.querySelector('.lecture-title')?.getAttribute('href')?.replace('#/lecture/', '') ?? '',
      ),
    );
    await send(library, 'note/add', {
      lectureKey: key,
      time: 12,
      kind: 'note',
      text: 'Cells store energy as ATP #bio',
    });
    await send(library, 'note/add', { lectureKey: key, time: 65, kind: 'question', text: 'Why does entropy grow?' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('exports Markdown and JSON, deletes everything, imports the JSON: the library is back exactly', async () => {
    await library.evaluate(() => {
      location.hash = '#/export';
    });
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Export and import', null);

    const markdown = await exportFile(library, 'markdown');
    expect(markdown.name).toMatch(/^lectern-library-\d{4}-\d{2}-\d{2}\.md$/);
    expect(markdown.text).toContain(`## ${DEMO_TITLE}`);
    expect(markdown.text).toMatch(
      /- \[1:05\]\(http:\/\/lectern\.test:\d+\/demo\/#t=65\) \*\*Question:\*\* Why does entropy grow\?/,
    );

    const backup = await exportFile(library, 'json');
    expect(JSON.parse(backup.text).notes).toHaveLength(2);

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

    await library.evaluate(() => {
      location.hash = '#/';
    });
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    await library.evaluate(() => {
      location.hash = '#/export';
    });
    await library.waitFor(() => document.querySelector('input[type="file"]') !== null, null);
    await library.evaluate((text) => {
      const input = document.querySelector('input[type="file"]') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([text], 'backup.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, backup.text);
    await library.waitFor(() => document.querySelector('table.import-summary') !== null, null);
    expect(await library.evaluate(() => document.querySelector('table.import-summary')?.textContent)).toContain(
      'Notes200',
    );
    await clickButton(library, 'Import');
    await library.waitFor(() => document.body.textContent?.includes('Imported backup.json'), null);

    const again = await exportFile(library, 'json');
    expect(withoutExportDate(again.text)).toBe(withoutExportDate(backup.text));
  });
});
