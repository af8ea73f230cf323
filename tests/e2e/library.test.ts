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

const headingText = () => document.querySelector('h1')?.textContent ?? '';

describe.each<BrowserName>(['chromium', 'firefox'])('library in %s', (browserName) => {
  let server: FixtureServer;
  let browser: StudentBrowser;
  let library: TabHandle;

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
    expect(demoRow).toContain('0 notes');
    expect(demoRow).toMatch(/watched .* ago/);
  });

  it("opens a lecture's page from the list, and back and forward move between the views", async () => {
    await click(library, `.lecture-title[href*="lectern.test"]`);
    await library.waitFor((title) => document.querySelector('h1')?.textContent === title, DEMO_TITLE);
    expect(await library.evaluate(() => location.hash)).toMatch(/^#\/lecture\//);
    expect(await library.evaluate(() => document.querySelector('h2')?.textContent)).toBe('Notes');
    expect(await library.evaluate(() => document.body.textContent)).toContain('No notes on this lecture yet');

    await library.evaluate(() => history.back());
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Your lectures', null);
    await library.evaluate(() => history.forward());
    await library.waitFor((title) => document.querySelector('h1')?.textContent === title, DEMO_TITLE);
    expect(await library.evaluate(headingText)).toBe(DEMO_TITLE);
    await click(library, 'a[href="#/"]');
    await library.waitFor(() => document.querySelector('h1')?.textContent === 'Your lectures', null);
  });
});
