import { describe, expect, it } from 'vitest';
import type { LectureSighting } from '@/utils/model/lectures';
import type { EmbeddedFrame, EmbeddingPage } from '@/utils/protocol/embedding-page';
import { embeddedSighting, frameOfLecture, isPlayerName } from '@/utils/video/embedded-lecture';

const KALTURA =
  'https://cdnapisec.kaltura.com/p/2031/embedPlaykitJs/uiconf_id/4454?iframeembed=true&entry_id=1_c4nv4s01';
const PANOPTO = 'https://uni.hosted.panopto.com/Panopto/Pages/Embed.aspx?id=7c1f8a2e-3b4d-4e5f-9a6b-0c1d2e3f4a5b';
const CANVAS = new URL('https://canvas.example.edu/courses/1234/pages/week-3-lecture-entropy?module_item_id=5678');

const frame = (src: string, heading: string, label = '', area = 720 * 405): EmbeddedFrame => ({
  src,
  area,
  heading,
  label,
});
const player = (title: string, url = KALTURA, extra: Partial<LectureSighting> = {}): LectureSighting => ({
  key: 'kaltura:1_c4nv4s01',
  platform: 'kaltura',
  title,
  site: new URL(url).hostname,
  url,
  duration: 300,
  ...extra,
});
const canvasPage = (frames: EmbeddedFrame[], name = 'Week 3 Lecture: Entropy'): EmbeddingPage => ({
  url: CANVAS.href,
  name,
  course: { id: 'canvas:canvas.example.edu/1234', title: 'PHYS 201' },
  frames,
});

describe("a player's own name", () => {
  it.each([
    ['Kaltura Player', true],
    ['Kaltura Embed Player iFrame', true],
    ['YouTube', true],
    ['Panopto', true],
    ['Vimeo Video Player', true],
    ['  ', true],
    ['cdnapisec.kaltura.com', true],
    ['12', true],
    ['Week 3: Entropy and disorder', false],
    ['Lecture video', true],
    ['Lecture 3 video', false],
    ['Lecture 7b: Worked examples on entropy', false],
    ['Энтропия — лекция 3', false],
  ])('%j says nothing of the lecture: %s', (title, generic) => {
    expect(isPlayerName(title, 'cdnapisec.kaltura.com')).toBe(generic);
  });
});

describe("the page's iframe that holds the lecture", () => {
  const kaltura = frame(KALTURA, 'Part 1');
  const panopto = frame(PANOPTO, 'Part 2');
  const hidden = frame('https://www.google-analytics.com/ns.html', '', '', 0);

  it("is the one at the frame's address, else its page's, else on its host", () => {
    expect(frameOfLecture([kaltura, panopto], PANOPTO)).toBe(panopto);
    expect(frameOfLecture([kaltura, panopto], `${PANOPTO}&start=0`)).toBe(panopto);
    expect(frameOfLecture([kaltura, panopto], 'https://cdnapisec.kaltura.com/p/2031/sp/203100/other')).toBe(kaltura);
  });

  it("is the largest shown one when the player sits inside the LMS's own launch frame", () => {
    const launch = frame(
      'https://canvas.example.edu/courses/1234/external_tools/retrieve?display=borderless',
      'Week 3',
    );
    const small = frame('https://canvas.example.edu/courses/1234/files/1/preview', 'Slides', '', 300 * 200);
    expect(frameOfLecture([hidden, small, launch], KALTURA)).toBe(launch);
    expect(frameOfLecture([hidden], KALTURA)).toBeNull();
  });
});

describe('a lecture in a frame of another page', () => {
  it('is filed under the embedding page: its site and course, named by the heading that labels its frame', () => {
    const page = canvasPage([frame(KALTURA, 'Week 3 Lecture: Entropy', 'Embedded Kaltura Player')]);
    expect(embeddedSighting(player('Kaltura Player'), KALTURA, CANVAS, page)).toEqual({
      ...player('Kaltura Player'),
      title: 'Week 3 Lecture: Entropy',
      site: 'canvas.example.edu',
      course: { id: 'canvas:canvas.example.edu/1234', title: 'PHYS 201' },
    });
  });

  it("keeps a player's own lecture name (Panopto's session, Kaltura's entry title)", () => {
    const page = canvasPage([frame(PANOPTO, 'Part 2: Worked examples')]);
    const panopto = player('Lecture 7b: Worked examples on entropy', PANOPTO, { platform: 'panopto' });
    expect(embeddedSighting(panopto, PANOPTO, CANVAS, page)).toMatchObject({
      title: 'Lecture 7b: Worked examples on entropy',
      site: 'canvas.example.edu',
      course: { id: 'canvas:canvas.example.edu/1234' },
    });
  });

  it("falls back to the frame's own label, then the page's name, then the player's name", () => {
    const labelled = canvasPage([frame(KALTURA, '', 'Lecture 3 recording')]);
    expect(embeddedSighting(player('Kaltura Player'), KALTURA, CANVAS, labelled).title).toBe('Lecture 3 recording');
    const unlabelled = canvasPage([frame(KALTURA, '', 'Kaltura Player')]);
    expect(embeddedSighting(player('Kaltura Player'), KALTURA, CANVAS, unlabelled).title).toBe(
      'Week 3 Lecture: Entropy',
    );
    const nameless = canvasPage([frame(KALTURA, '')], '');
    expect(embeddedSighting(player('Kaltura Player'), KALTURA, CANVAS, nameless).title).toBe('Kaltura Player');
  });

  it("gives two players of one course the same course, and prefers the page's course to the player's own", () => {
    const page = canvasPage([frame(KALTURA, 'Part 1'), frame(PANOPTO, 'Part 2')]);
    const own = { id: 'coursera:thermo', title: 'Thermo' };
    const a = embeddedSighting(player('Kaltura Player'), KALTURA, CANVAS, page);
    const b = embeddedSighting(player('Worked examples', PANOPTO, { course: own }), PANOPTO, CANVAS, page);
    expect(a.course).toEqual(b.course);
    const plainPage: EmbeddingPage = { url: 'https://blog.example.org/post', name: 'A post', frames: [] };
    const top = new URL(plainPage.url);
    expect(
      embeddedSighting(player('Worked examples', PANOPTO, { course: own }), PANOPTO, top, plainPage).course,
    ).toEqual(own);
  });

  it("uses only the tab's address when its page could not be read: its site, the LMS course it names", () => {
    expect(embeddedSighting(player('Kaltura Player'), KALTURA, CANVAS, null)).toEqual({
      ...player('Kaltura Player'),
      site: 'canvas.example.edu',
      course: { id: 'canvas:canvas.example.edu/1234', title: 'Course 1234 (canvas.example.edu)' },
    });
  });
});
