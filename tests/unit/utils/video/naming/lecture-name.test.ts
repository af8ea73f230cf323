import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LectureNamer, lectureNameIn } from '@/utils/video/naming/lecture-name';
import { PLATFORMS } from '@/utils/video/platforms/registry';
import { pageWith } from '../replica';

const adapter = (id: string) => PLATFORMS.find((platform) => platform.id === id) as LectureNamer;
const generic = adapter('generic');

/** A page: `head` markup, `body` markup (its first video is the lecture's), and a tab title. */
function nameOf(platform: LectureNamer, host: string, head: string, body: string, title: string): string {
  const doc = pageWith(head, body, title);
  return lectureNameIn(platform, host, doc, doc.querySelector('video'));
}

describe('lectureNameIn: the sources in order', () => {
  const all = {
    own: '<h1 class="ytd-watch-metadata">Own name</h1>',
    label: '<video aria-label="Label name"></video>',
    heading: '<h2>Heading name</h2><video></video>',
    og: '<meta property="og:title" content="Og name">',
  };

  it("the platform's own name first", () => {
    expect(nameOf(adapter('youtube'), 'www.youtube.com', all.og, all.own + all.label, 'Tab - YouTube')).toBe(
      'Own name',
    );
  });
  it("then the player's accessible name", () => {
    expect(nameOf(generic, 'uni.edu', all.og, `<h2>Heading name</h2>${all.label}`, 'Tab')).toBe('Label name');
  });
  it('then the heading before the player', () => {
    expect(nameOf(generic, 'uni.edu', all.og, all.heading, 'Tab')).toBe('Heading name');
  });
  it('then og:title', () => {
    expect(nameOf(generic, 'uni.edu', all.og, '<video></video><h2>After</h2>', 'Tab')).toBe('Og name');
  });
  it('then the document title without the site name', () => {
    expect(
      nameOf(
        generic,
        'uni.edu',
        '<meta property="og:site_name" content="Uni Video">',
        '<video></video>',
        'Lecture 6 - Uni Video',
      ),
    ).toBe('Lecture 6');
  });
  it('without a video, og:title then the document title', () => {
    expect(nameOf(generic, 'uni.edu', '', '<h1>Heading</h1>', 'Lecture 6 | uni.edu')).toBe('Lecture 6');
  });
  it('"" when no source gives a name', () => {
    expect(nameOf(generic, 'uni.edu', '', '<video></video>', 'Uni')).toBe('');
  });
});

describe('lectureNameIn: names made only of whitespace, digits or punctuation fall back to the next source', () => {
  it.each([
    [
      'an own name of digits',
      'youtube',
      'www.youtube.com',
      '',
      '<h1 class="ytd-watch-metadata">2024</h1><h2>Entropy</h2><video></video>',
      'x',
      'Entropy',
    ],
    [
      'a label of spaces',
      'generic',
      'uni.edu',
      '',
      '<h2>---</h2><video aria-label="   "></video>',
      'Waves - uni.edu',
      'Waves',
    ],
    [
      'an og:title of punctuation',
      'generic',
      'uni.edu',
      '<meta property="og:title" content="| - |">',
      '<video></video>',
      '١٢: Waves',
      '١٢: Waves',
    ],
    [
      'a tab title that is only a number',
      'generic',
      'uni.edu',
      '<meta property="og:title" content="  ">',
      '<video></video>',
      '(3) 42',
      '',
    ],
  ])('%s', (_name, id, host, head, body, title, expected) => {
    expect(nameOf(adapter(id), host, head, body, title)).toBe(expected);
  });
});

/** Tab titles of real lecture pages with no better source in the page: each platform's rule. */
describe('lectureNameIn: real-world tab titles, platform by platform', () => {
  it.each([
    [
      'youtube',
      'www.youtube.com',
      '(12) Lecture 21: Hodgkin-Huxley model - YouTube',
      'Lecture 21: Hodgkin-Huxley model',
    ],
    ['youtube', 'www.youtube-nocookie.com', 'MIT 8.01 Lecture 1 - YouTube', 'MIT 8.01 Lecture 1'],
    ['coursera', 'www.coursera.org', 'Week 2 - Video: Gradient descent | Coursera', 'Week 2 - Video: Gradient descent'],
    [
      'edx',
      'learning.edx.org',
      'Work and kinetic energy | Unit 4: Energy | MITx 8.01x Physics I: Classical Mechanics | edX',
      'Work and kinetic energy',
    ],
    [
      'udemy',
      'www.udemy.com',
      'Learn Python: The Complete Python Programming Course | Udemy',
      'Learn Python: The Complete Python Programming Course',
    ],
    ['khan-academy', 'www.khanacademy.org', 'Kinetic energy (video) | Khan Academy', 'Kinetic energy'],
    ['vimeo', 'vimeo.com', 'Quantum tunnelling from MIT OCW on Vimeo', 'Quantum tunnelling'],
    ['vimeo', 'player.vimeo.com', 'Lecture 4: Waves on Vimeo', 'Lecture 4: Waves'],
    ['panopto', 'uni.hosted.panopto.com', 'CHEM 101 Lecture 5 - Panopto', 'CHEM 101 Lecture 5'],
    [
      'kaltura',
      'mediaspace.uni.edu',
      'Thermodynamics, Lecture 2 - Kaltura MediaSpace Video Portal',
      'Thermodynamics, Lecture 2',
    ],
    ['kaltura', 'cdnapisec.kaltura.com', 'Kaltura Player', ''],
    ['loom', 'www.loom.com', 'Sprint review walkthrough | Loom', 'Sprint review walkthrough'],
    [
      'generic',
      'egghead.io',
      'Simulate heat diffusion with React hooks | egghead.io',
      'Simulate heat diffusion with React hooks',
    ],
    [
      'generic',
      'ocw.mit.edu',
      'Lecture 3 | Introduction to Algorithms | MIT OpenCourseWare',
      'Lecture 3 | Introduction to Algorithms',
    ],
  ])('%s on %s: %s → %s', (id, host, title, expected) => {
    const head = id === 'generic' ? '<meta property="og:site_name" content="MIT OpenCourseWare">' : '';
    expect(nameOf(adapter(id), host, head, '<video></video>', title)).toBe(expected);
  });
});

describe('lectureNameIn: long and strange names', () => {
  it('cuts a 6,000-character title at a word, with an ellipsis, within 500 characters', () => {
    const title = `Lecture 9: ${'very '.repeat(1200)}long`;
    const name = nameOf(generic, 'uni.edu', '', '<video></video>', title);
    expect(name.length).toBeLessThanOrEqual(500);
    expect(name).toMatch(/^Lecture 9: (?:very )*very…$/);
  });

  it('keeps a right-to-left name as it is written', () => {
    const doc = '<meta property="og:site_name" content="جامعة القاهرة">';
    expect(
      nameOf(generic, 'cu.edu.eg', doc, '<video></video>', 'المحاضرة ٣: الديناميكا الحرارية | جامعة القاهرة'),
    ).toBe('المحاضرة ٣: الديناميكا الحرارية');
  });
});

describe('lectureNameIn on the replicas', () => {
  const replica = (path: string) =>
    new DOMParser().parseFromString(readFileSync(`tests/fixtures/${path}`, 'utf8'), 'text/html');

  it("an edX unit: its unit title, not the video component's heading nor the tab title", () => {
    const doc = replica('edx/unit.html');
    expect(lectureNameIn(adapter('edx'), 'learning.edx.org', doc, doc.querySelector('video'))).toBe(
      'Work and kinetic energy',
    );
  });

  it('the single-page app before it loads the lecture: its heading, "Course home"', () => {
    const doc = replica('spa/lecture.html');
    expect(lectureNameIn(generic, 'lectern.test', doc, doc.querySelector('video'))).toBe('Course home');
  });
});
