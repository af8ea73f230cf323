/**
 * Finding the lecture on replica course pages (tests/fixtures/README.md) and taking a note on it,
 * in both browsers, the way a student does: play, Alt+N, type (with some HTML), Enter; the note is
 * in the library, as text, with its time, under the right lecture title. The YouTube and Coursera
 * replicas are served on their real (HSTS-preloaded, so https) hosts: their adapters run here.
 * SPA navigations and a reused <video> give each lecture its own entry and its own notes;
 * previews and ads never become lectures; a page's own shortcuts never see Lectern's keys.
 */
import { beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers, noteFlow } from '../support/e2e';
import { storedLectures, storedNotes, waitForLecture } from '../support/library-db';

describeInBrowsers.parallel('finding the lecture and taking a note in %s', (e2e) => {
  let library: TabHandle;
  beforeAll(async () => {
    library = await e2e.browser.openExtensionPage('/dashboard.html');
  });

  const lecturesOn = async (site: string) =>
    (await storedLectures(library)).filter((lecture) => lecture.site === site).sort((a, b) => (a.key < b.key ? -1 : 1));
  /** The lecture key of each note whose text starts with `words`. */
  const notesOf = async (words: string) =>
    (await storedNotes(library)).filter((note) => note.text.startsWith(words)).map((note) => note.lectureKey);

  // YouTube: the key from ?v= (playlist and tracking parameters ignored), the clean title (no
  // " - YouTube"), a related preview that is never a lecture, SPA navigation (yt-navigate-finish).
  // Coursera: course + item key; one <video> reused, "Next item" gives it a new src.
  it.each([
    {
      platform: 'youtube',
      host: 'www.youtube.com',
      path: '/watch?v=lecAAAAAAA1&list=PLthermo&utm_source=feed',
      first: { key: 'youtube:lecAAAAAAA1', title: 'Entropy and the arrow of time' },
      second: { key: 'youtube:lecBBBBBBB2', title: 'Heat engines and the Carnot cycle' },
    },
    {
      platform: 'coursera',
      host: 'www.coursera.org',
      path: '/learn/thermodynamics/lecture/abc12/the-first-law',
      first: { key: 'coursera:thermodynamics/abc12', title: 'The first law of thermodynamics' },
      second: { key: 'coursera:thermodynamics/def34', title: 'The second law of thermodynamics' },
    },
  ])('$platform: a note before and after the page moves to the next lecture lands under each', async (page) => {
    const tab = await e2e.lecture(page.path, page.host);
    await noteFlow(e2e.browser, tab, page.first.title, `First on ${page.platform}`);
    await tab.evaluate(() => (document.getElementById('next') as HTMLElement).click());
    await waitForLecture(library, page.second.key);
    const second = await noteFlow(e2e.browser, tab, page.second.title, `Second on ${page.platform}`);
    expect(second).toHaveLength(1);
    expect(await notesOf(`First on ${page.platform}`)).toEqual([page.first.key]);
    expect(await notesOf(`Second on ${page.platform}`)).toEqual([page.second.key]);
    expect(await lecturesOn(page.host)).toEqual([
      expect.objectContaining({ ...page.first, platform: page.platform }),
      expect.objectContaining({ ...page.second, platform: page.platform }),
    ]);
  });

  it('Kaltura in an LMS iframe: Alt+N in the LMS page, the note under the Kaltura title', async () => {
    const tab = await e2e.lecture('/kaltura/course.html', 'lms.example.edu');
    await noteFlow(e2e.browser, tab, 'Week 3: Entropy and disorder', 'Disorder counts microstates');
    expect(await notesOf('Disorder counts microstates')).toEqual(['kaltura:1_th3rm0d1']);
    expect(await lecturesOn('lms.example.edu')).toEqual([
      expect.objectContaining({
        key: 'kaltura:1_th3rm0d1',
        title: 'Week 3: Entropy and disorder',
        url: e2e.url('/kaltura/course.html', 'lms.example.edu'),
      }),
    ]);
  });

  it('preview grid: the note goes to the main lecture, never to a preview or the ad', async () => {
    const title = 'Lecture 6: Free energy';
    const tab = await e2e.lecture('/previews/index.html', 'lectern.test');
    await noteFlow(e2e.browser, tab, title, 'Gibbs decides');
    const lectures = (await storedLectures(library)).filter((lecture) => lecture.title === title);
    // The lecture's own video (/media/…), not a preview's or the ad's (/clips/…).
    expect(lectures.map((lecture) => lecture.key)).toEqual([
      `url:${e2e.url('/previews/index.html', 'lectern.test')} ${e2e.url('/media/lecture.webm', 'lectern.test')}`,
    ]);
    expect(await notesOf('Gibbs decides')).toEqual([lectures[0]?.key]);
  });

  it.each([
    ['/shadow/nested.html', 'Lecture 4: Statistical mechanics'],
    ['/shadow/closed.html', 'Lecture 5: Phase transitions'],
    ['/late/index.html', 'Lecture 7: Heat capacity'],
  ])('%s: the note under the lecture', async (path, title) => {
    const tab = await e2e.lecture(path, 'lectern.test');
    const notes = await noteFlow(e2e.browser, tab, title, `On ${path}`);
    expect(notes).toHaveLength(1);
    expect((await storedLectures(library)).filter((lecture) => lecture.title === title)).toEqual([
      expect.objectContaining({ site: 'lectern.test', platform: 'generic' }),
    ]);
  });

  it('hostile page: the note is taken and its shortcuts never see Lectern’s keys', async () => {
    const tab = await e2e.lecture('/hostile/shortcuts.html', 'hostile.example.com');
    await (tab.raw as { bringToFront(): Promise<void> }).bringToFront();
    await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tab.press('KeyK');
    await tab.waitFor(() => (window as unknown as { pageKeys: string[] }).pageKeys.includes('keydown:KeyK'), null);
    await noteFlow(e2e.browser, tab, 'Lecture 8: Kinetic theory', 'Molecules collide');
    const keys = await tab.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys);
    // The page saw its own K and the Alt of Alt+N (pressed while it had focus); nothing else.
    expect(keys.filter((key) => !/^keydown:(KeyK|Alt\+Alt(Left|Right))$/.test(key))).toEqual([]);
  });
});
