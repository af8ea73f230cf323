import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e';

describeInBrowsers.parallel('foundation in %s', (e2e) => {
  it('loads the extension and renders the popup and the empty library', async () => {
    const popup = await e2e.browser.openExtensionPage('/popup.html');
    await popup.waitFor(() => document.querySelector('h1')?.textContent === 'Lectern', null);
    expect(await popup.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent))).toEqual(
      expect.arrayContaining(['Open library', 'Options']),
    );
    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    await popup.close();
  });

  it('finds a video in a page and in a cross-origin iframe, stored by the background through Dexie', async () => {
    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    await library.waitFor(
      () => document.body.textContent?.includes('No lectures yet') || document.querySelector('.lecture-list'),
      null,
    );

    await e2e.open('/demo/', 'lectern.test');
    const course = await e2e.open('/lms/course.html', 'lms.example.edu');
    await course.waitFor(
      () => (document.querySelector('iframe') as HTMLIFrameElement | null)?.src.includes('video.example.org'),
      null,
    );

    await library.waitFor(
      () => {
        const titles = [...document.querySelectorAll('.lecture-title')].map((a) => a.textContent);
        return titles.includes('Lecture 1: Cells and energy') && titles.includes('Thermodynamics lecture');
      },
      null,
      20_000,
    );
    const rows = await library.evaluate(() =>
      [...document.querySelectorAll('.lecture-row')].map((row) => row.textContent),
    );
    // Filed under the page around the player's iframe, not the player's host.
    expect(rows.find((row) => row?.includes('Thermodynamics lecture'))).toContain('lms.example.edu');
    expect(rows.find((row) => row?.includes('Cells and energy'))).toContain('lectern.test');
  });
});
