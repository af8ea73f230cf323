/**
 * Lectures in players embedded in course sites belong to the page around them (issue 13, item 2):
 * a Kaltura player in a Canvas module item, a Kaltura and a Panopto player on one Moodle page
 * (tests/fixtures/lms/). A note on each lands under the name the course page gives it, the LMS's
 * site and course (its name as the page shows it, one course for both players), and the library
 * opens it at the LMS page, not at the bare player (which needs the LMS's session).
 */
import { beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers, noteFlow } from '../support/e2e';
import { type StoredLecture, storedLectures } from '../support/library-db';
import { asLectureTab, openInLibrary } from '../support/student';
import { takeTabAt } from '../support/tabs';
import { waitUntil } from '../support/wait-until';

const CANVAS_PAGE = '/courses/1234/pages/week-3-lecture-entropy?module_item_id=5678';
const MOODLE_PAGE = '/mod/page/view.php?id=57';

describeInBrowsers('lectures embedded in course sites in %s', (e2e) => {
  let library: TabHandle;
  beforeAll(async () => {
    library = await e2e.browser.openExtensionPage('/dashboard.html');
  });

  const stored = async (key: string) => (await storedLectures(library)).find((lecture) => lecture.key === key);
  const port = () => new URL(e2e.url('/', 'canvas.example.edu')).port;

  /**
   * From the library: the lecture's page shows its site and course; its note's time opens the LMS
   * page (not the player), where (with `player`, the player frame's host) the lecture is brought to
   * that moment once the student scrolls to it.
   */
  async function openFromLibrary(lecture: StoredLecture, lmsUrl: string, player?: string) {
    const page = await openInLibrary(e2e.browser, lecture.title, true);
    try {
      const header = await page.evaluate(() => document.querySelector('.lecture-header')?.textContent ?? '');
      expect(header).toContain(lecture.site);
      expect(header).toContain(lecture.course?.title);
      const time = await page.evaluate(() => document.querySelector('.note-row .time-link')?.textContent ?? '');
      const [minutes = 0, seconds = 0] = time.split(':').map(Number);
      await page.click('.note-row .time-link');
      const opened = await takeTabAt(page, new URL(lmsUrl).pathname, 15_000, async (frames) => {
        if (!player) return;
        // The student scrolls to the player, which Lectern has taken to the note's moment.
        const top = frames().find((frame) => frame.url() === lmsUrl);
        await top?.evaluate((host) => document.querySelector(`iframe[src*="${host}"]`)?.scrollIntoView(), player);
        const atMoment = async () => {
          const frame = frames().find((candidate) => candidate.url().includes(player));
          return frame ? frame.evaluate(() => document.querySelector('video')?.currentTime ?? -1, null) : -1;
        };
        await waitUntil(`the ${player} lecture at ${time}`, atMoment, {
          until: (at) => Math.abs(at - (minutes * 60 + seconds)) < 1.5,
        });
      });
      expect(opened).toBe(lmsUrl);
    } finally {
      await page.close();
    }
  }

  it('Kaltura in a Canvas module item: named by the page, filed under Canvas and its course', async () => {
    const canvas = e2e.url(CANVAS_PAGE, 'canvas.example.edu');
    const tab = await e2e.lecture(CANVAS_PAGE, 'canvas.example.edu');
    // The player calls itself "Kaltura Player": the page's heading over it names the lecture.
    await noteFlow(e2e.browser, tab, 'Week 3 Lecture: Entropy', 'Clausius: dS ≥ δQ/T');
    const lecture = await stored('kaltura:1_c4nv4s01');
    expect(lecture).toEqual({
      key: 'kaltura:1_c4nv4s01',
      platform: 'kaltura',
      title: 'Week 3 Lecture: Entropy',
      site: 'canvas.example.edu',
      url: canvas,
      course: { id: `canvas:canvas.example.edu:${port()}/1234`, title: 'PHYS 201' },
    });
    await tab.close();
    await openFromLibrary(lecture as StoredLecture, canvas, 'cdnapisec.kaltura.com');
  });

  it('Kaltura and Panopto on one Moodle page: each named, both in the Moodle course', async () => {
    const moodle = e2e.url(MOODLE_PAGE, 'moodle.example.edu');
    const page = await e2e.open(MOODLE_PAGE, 'moodle.example.edu');
    const course = { id: `moodle:moodle.example.edu:${port()}/12`, title: 'PHYS201' };

    // Kaltura says nothing of its lecture: the section heading above its player names it.
    await noteFlow(
      e2e.browser,
      asLectureTab(page, 'cdnapisec.kaltura.com'),
      'Part 1: The second law',
      'Heat flows hot to cold',
    );
    // Panopto names its session itself: that name is kept. The student scrolls down to its player
    // (Chromium pauses a muted video that plays out of view).
    await page.evaluate(() => document.getElementById('panopto-embed')?.scrollIntoView({ block: 'center' }));
    const panoptoTitle = 'Lecture 7b: Worked examples on entropy';
    await noteFlow(e2e.browser, asLectureTab(page, 'uni.hosted.panopto.com'), panoptoTitle, 'Entropy of mixing');

    const kaltura = await stored('kaltura:1_m00dl3k7');
    const panopto = await stored('panopto:7c1f8a2e-3b4d-4e5f-9a6b-0c1d2e3f4a5b');
    expect(kaltura).toMatchObject({ title: 'Part 1: The second law', site: 'moodle.example.edu', url: moodle, course });
    expect(panopto).toMatchObject({ title: panoptoTitle, site: 'moodle.example.edu', url: moodle, course });
    await page.close();
    // (Where the reopened page lands in the video is checked on Canvas: here Chromium sometimes left
    // the second, out-of-view player at 0:00; see the report of issue 13.)
    await openFromLibrary(panopto as StoredLecture, moodle);
  });
});
