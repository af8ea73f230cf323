/**
 * The name a student sees (issue 13): an edX unit is named after its unit title, not its tab's
 * "… | Unit 4: Energy | MITx 8.01x … | edX"; a single-page app that shows the lecture after the
 * video is named after what it shows then, until the first note; a 6,000-character title is cut
 * at a word. In both browsers, through a note taken on each page and the library.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeInBrowsers, noteFlow } from '../support/e2e';
import { openInLibrary } from '../support/student';

const EDX_UNIT =
  '/course/course-v1:MITx+8.01x+2T2026/block-v1:MITx+8.01x+2T2026+type@sequential+block@energy/' +
  'block-v1:MITx+8.01x+2T2026+type@vertical+block@work_kinetic';

const LONG_TITLE = (/<title>([^<]*)<\/title>/.exec(
  readFileSync(new URL('../fixtures/long-title/index.html', import.meta.url), 'utf8'),
)?.[1] ?? '') as string;

describeInBrowsers('lecture names in %s', (e2e) => {
  it('an edX unit: its unit title, without the tab title\'s unit, course and "edX"', async () => {
    const tab = await e2e.lecture(EDX_UNIT, 'learning.edx.org');
    const notes = await noteFlow(e2e.browser, tab, 'Work and kinetic energy', 'W = ΔK');
    expect(notes).toHaveLength(1);
  });

  it('a page that shows the lecture after its video: the name follows the page until the first note', async () => {
    const tab = await e2e.lecture('/spa/lecture.html', 'lectern.test');
    // Named "Course home" when the video appeared; playing loads the lecture's details.
    await tab.playTo(1, 2);
    await (await openInLibrary(e2e.browser, 'Lecture 7: Phase diagrams', true)).close();
    const notes = await noteFlow(e2e.browser, tab, 'Lecture 7: Phase diagrams', 'Triple point');
    expect(notes).toHaveLength(1);

    // The same lecture opened again shows the stale "Course home" first: the note keeps its name.
    const again = await e2e.lecture('/spa/lecture.html', 'lectern.test');
    await again.overlay();
    const library = await openInLibrary(e2e.browser, 'Lecture 7: Phase diagrams', true);
    try {
      const titles = await library.evaluate(
        () => Array.from(document.querySelectorAll('.lecture-title'), (a) => a.textContent?.trim() ?? ''),
        null,
      );
      expect(titles).not.toContain('Course home');
    } finally {
      await library.close();
    }
  });

  it('a 6,000-character title: cut at a word, with an ellipsis, within 500 characters', async () => {
    expect(LONG_TITLE.length).toBeGreaterThanOrEqual(6000);
    const tab = await e2e.lecture('/long-title/index.html', 'lectern.test');
    await tab.playTo(2, 2);
    await tab.takeNote('Onsager relations');
    const library = await openInLibrary(e2e.browser, 'Lecture 15: Thermodynamics of irreversible processes');
    try {
      const name = await library.evaluate(() => document.querySelector('.lecture-header h1')?.textContent ?? '', null);
      expect(name.length).toBeLessThanOrEqual(500);
      expect(name.length).toBeGreaterThan(250);
      expect(name.endsWith('…')).toBe(true);
      const kept = name.slice(0, -1);
      expect(LONG_TITLE.startsWith(kept)).toBe(true);
      // Cut between words: the full title goes on with a space or a comma there.
      expect(LONG_TITLE.charAt(kept.length)).toMatch(/[\s,]/);
    } finally {
      await library.close();
    }
  });
});
