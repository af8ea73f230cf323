/**
 * The library by course, as a student uses it in both browsers: two lectures of one Coursera course
 * are filed under it; the student renames the course from the keyboard; another visit to the
 * course keeps the student's name; a Markdown export of the library names the course that way.
 */
import { beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { asLectureTab } from '../support/student';

const FIRST = '/learn/thermodynamics/lecture/abc12/the-first-law';
const SECOND = '/learn/thermodynamics/lecture/def34/the-second-law';
const RENAMED = 'Heat & Work — الحرارة';

/** A real key press in both drivers (the shared `press('Enter')` reaches Firefox's pages as text). */
async function pressKey(tab: TabHandle, key: string) {
  await (tab.raw as { keyboard: { press(key: string): Promise<void> } }).keyboard.press(key);
}

/** The course sections on the library's home: heading, counts, the rename button's name. */
const courseSections = () =>
  [...document.querySelectorAll('.lecture-group')].map((group) => ({
    name: group.querySelector('h2')?.textContent ?? '',
    counts: group.querySelector('.group-counts')?.textContent ?? '',
    rename: group.querySelector('.rename-course')?.getAttribute('aria-label') ?? null,
  }));

describeInBrowsers('courses in the library in %s', (e2e) => {
  let library: TabHandle;

  beforeAll(async () => {
    library = await e2e.browser.openExtensionPage('/dashboard.html');
    await library.waitFor(() => document.body.textContent?.includes('No lectures yet'), null);
    const lecture = asLectureTab(await e2e.browser.open(e2e.url(FIRST, 'www.coursera.org')));
    await lecture.overlay();
    await lecture.bringToFront();
    await lecture.takeNote('First law: energy is conserved');
    await lecture.close();
    await library.bringToFront();
  });

  it('renames a course from the keyboard; a later lecture of it keeps the name; the Markdown export uses it', async () => {
    await library.waitFor(() => document.querySelector('.rename-course') !== null, null, 20_000);
    const [before] = await library.evaluate(courseSections);
    expect(before?.counts).toBe('1 lecture · 1 note');
    const siteName = before?.name ?? '';
    expect(siteName).not.toBe('');

    // Keyboard only: focus the button, Enter opens the field, type, Enter saves; focus comes back.
    await library.evaluate(() => (document.querySelector('.rename-course') as HTMLButtonElement).focus());
    await pressKey(library, 'Enter');
    await library.waitFor(() => document.activeElement?.id.startsWith('course-name-'), null);
    await library.evaluate(() => (document.activeElement as HTMLInputElement).select());
    await library.type(RENAMED);
    await library.waitFor((typed) => (document.activeElement as HTMLInputElement).value === typed, RENAMED);
    await pressKey(library, 'Enter');
    await library.waitFor(
      (name) =>
        document.querySelector('.lecture-group h2')?.textContent === name &&
        document.activeElement?.classList.contains('rename-course'),
      RENAMED,
    );

    // Another lecture of the same course, seen after the rename: filed under the student's name.
    const second = asLectureTab(await e2e.browser.open(e2e.url(SECOND, 'www.coursera.org')));
    await second.overlay();
    await second.close();
    await library.bringToFront();
    await library.waitFor(
      () => document.querySelector('.group-counts')?.textContent === '2 lectures · 1 note',
      null,
      20_000,
    );
    const sections = await library.evaluate(courseSections);
    expect(sections.map((section) => section.name)).toEqual([RENAMED]);
    expect(sections[0]?.rename).toBe(`Rename course ${RENAMED}`);

    await library.evaluate(() => {
      location.hash = '#/export';
    });
    await library.click('input[name="export-format"][value="markdown"]');
    const markdown = await library.download(() =>
      library.click('[aria-labelledby="export-title"] button[type="submit"]'),
    );
    expect(markdown.text).toContain('- Course: Heat \\& Work — الحرارة\n');
    expect(markdown.text.match(/- Course: /g)).toHaveLength(2);
    expect(markdown.text).not.toContain(`- Course: ${siteName}`);
  });
});
