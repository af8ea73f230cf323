/**
 * A page is an adversary (issue 12): it may not take over another lecture's library entry, nor
 * switch Lectern off with its markup. Hostile replicas (tests/fixtures/hostile/claim.html,
 * clobber.html) attack; the student's flow and the library must come out as if they had not.
 */
import { beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers, noteFlow } from '../support/e2e';
import { storedLectures, storedNotes, waitForLecture } from '../support/library-db';

const KALTURA = 'kaltura:1_th3rm0d1';

describeInBrowsers('a hostile page in %s', (e2e) => {
  let library: TabHandle;
  beforeAll(async () => {
    library = await e2e.browser.openExtensionPage('/dashboard.html');
  });

  const urlOf = async (key: string) => (await storedLectures(library)).find((lecture) => lecture.key === key)?.url;
  /** The lecture key of each note whose text is `text`. */
  const notesOf = async (text: string) =>
    (await storedNotes(library)).filter((note) => note.text === text).map((note) => note.lectureKey);

  /** The student watches the real lecture first: it is in the library, with its own page. */
  async function watchReal(path: string, host: string, key: string) {
    const real = await e2e.lecture(path, host);
    await real.overlay();
    await waitForLecture(library, key);
    await real.close();
    expect(await urlOf(key)).toBe(e2e.url(path, host));
  }

  /** The attacking page plays and the student takes a note on it; resolves to the note's lecture key. */
  async function noteOnAttacker(path: string, text: string): Promise<string | undefined> {
    const attack = await e2e.lecture(path, 'hostile.example.com');
    await attack.playTo(2, 2);
    await attack.takeNote(text);
    return (await notesOf(text))[0];
  }

  const video = () => e2e.url('/media/lecture.webm', 'lectern.test');

  it('with ?entry_id= in its address is not the Kaltura lecture, which keeps its page', async () => {
    await watchReal('/kaltura/course.html', 'lms.example.edu', KALTURA);
    const path = '/hostile/claim.html?entry_id=1_th3rm0d1';
    expect(await noteOnAttacker(path, 'Not a Kaltura lecture')).toBe(
      `url:${e2e.url(path, 'hostile.example.com')} ${video()}`,
    );
    expect(await urlOf(KALTURA)).toBe(e2e.url('/kaltura/course.html', 'lms.example.edu'));
  });

  it('with a canonical URL on another site is not that site’s lecture, which keeps its page', async () => {
    const demo = `url:${e2e.url('/demo/', 'lectern.test')} ${video()}`;
    await watchReal('/demo/', 'lectern.test', demo);
    const path = '/hostile/claim.html';
    expect(await noteOnAttacker(path, 'Not the demo')).toBe(`url:${e2e.url(path, 'hostile.example.com')} ${video()}`);
    expect(await urlOf(demo)).toBe(e2e.url('/demo/', 'lectern.test'));
  });

  it('framing the real Kaltura player takes a note on that lecture, but never moves it to the hostile page', async () => {
    await watchReal('/kaltura/course.html', 'lms.example.edu', KALTURA);
    expect(await noteOnAttacker('/hostile/claim.html?embed=kaltura', 'The real player, elsewhere')).toBe(KALTURA);
    expect(await urlOf(KALTURA)).toBe(e2e.url('/kaltura/course.html', 'lms.example.edu'));
    // Nor renames it or files it under the hostile site (whose page the background read too).
    expect((await storedLectures(library)).find((lecture) => lecture.key === KALTURA)).toMatchObject({
      title: 'Week 3: Entropy and disorder',
      site: 'lms.example.edu',
    });
  });

  it('whose markup occupies the names Lectern’s scripts used still gets the overlay, and the note is saved', async () => {
    const tab = await e2e.lecture('/hostile/clobber.html', 'hostile.example.com');
    const notes = await noteFlow(e2e.browser, tab, 'Lecture 13: Clobbered names', 'Named elements');
    expect(notes).toHaveLength(1);
  });
});
