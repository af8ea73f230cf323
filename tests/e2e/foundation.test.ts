import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, launchBrowser, type StudentBrowser } from '../support/browsers';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

describe.each<BrowserName>(['chromium', 'firefox'])('foundation in %s', (browserName) => {
  let server: FixtureServer;
  let browser: StudentBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchBrowser(browserName);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the extension and renders the popup and the empty library', async () => {
    const popup = await browser.openExtensionPage('/popup.html');
    await popup.waitFor(() => document.querySelector('h1')?.textContent === 'Lectern', null);
    expect(await popup.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent))).toEqual(
      expect.arrayContaining(['Open library', 'Options']),
    );
    const library = await browser.openExtensionPage('/dashboard.html');
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    await popup.close();
  });

  it('finds a video in a page and in a cross-origin iframe, stored by the background through Dexie', async () => {
    const library = await browser.openExtensionPage('/dashboard.html');
    await library.waitFor(
      () => document.body.textContent?.includes('No lectures yet') || document.querySelector('.lecture-list'),
      null,
    );

    const demo = await browser.open(server.url('/demo/', 'lectern.test'));
    const course = await browser.open(server.url('/lms/course.html', 'lms.example.edu'));
    await course.waitFor(
      () => (document.querySelector('iframe') as HTMLIFrameElement | null)?.src.includes('video.example.org'),
      null,
    );

    await library.waitFor(
      () => {
        const titles = [...document.querySelectorAll('.lecture-title')].map((a) => a.textContent);
        return (
          titles.includes('Cells and energy — Biology 101, Lecture 1') && titles.includes('Thermodynamics lecture')
        );
      },
      null,
      20_000,
    );
    const rows = await library.evaluate(() =>
      [...document.querySelectorAll('.lecture-row')].map((row) => row.textContent),
    );
    expect(rows.find((row) => row?.includes('Thermodynamics lecture'))).toContain('video.example.org');
    expect(rows.find((row) => row?.includes('Cells and energy'))).toContain('lectern.test');
    await demo.close();
    await course.close();
  });
});
