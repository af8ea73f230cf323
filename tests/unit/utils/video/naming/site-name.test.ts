import { describe, expect, it } from 'vitest';
import { withoutSiteName, withoutUnreadCount } from '@/utils/video/naming/site-name';

/** Tab titles as the platforms' public pages show them, with the site names each page declares. */
const REAL_WORLD: readonly (readonly [string, string, { siteName?: string | string[]; host?: string }])[] = [
  [
    'Lecture 3 | Introduction to Algorithms | MIT OpenCourseWare',
    'Lecture 3 | Introduction to Algorithms',
    { siteName: 'MIT OpenCourseWare', host: 'ocw.mit.edu' },
  ],
  [
    'Work and kinetic energy | Unit 4: Energy | MITx 8.01x Physics I: Classical Mechanics | edX',
    'Work and kinetic energy | Unit 4: Energy | MITx 8.01x Physics I: Classical Mechanics',
    { host: 'learning.edx.org' },
  ],
  [
    'Simulate heat diffusion with React hooks | egghead.io',
    'Simulate heat diffusion with React hooks',
    { host: 'egghead.io' },
  ],
  [
    'Lecture 13: Radiation - Course site',
    'Lecture 13: Radiation',
    { siteName: 'Course site', host: 'physics.example.edu' },
  ],
  [
    'Lecture 7: Phase diagrams — Shadow University',
    'Lecture 7: Phase diagrams',
    { siteName: 'Shadow University', host: 'www.shadow.ac.uk' },
  ],
  [
    'Lecture 1: Algorithmic Thinking, Peak Finding - YouTube',
    'Lecture 1: Algorithmic Thinking, Peak Finding',
    { host: 'www.youtube.com' },
  ],
  ['(12) Lecture 21: Hodgkin-Huxley model - YouTube', 'Lecture 21: Hodgkin-Huxley model', { host: 'www.youtube.com' }],
  ['(99+) 1. Introduction to Statistics - YouTube', '1. Introduction to Statistics', { siteName: 'YouTube' }],
  ['Week 2 - Video: Gradient descent | Coursera', 'Week 2 - Video: Gradient descent', { host: 'www.coursera.org' }],
  ['Kinetic energy (video) | Khan Academy', 'Kinetic energy (video)', { host: 'www.khanacademy.org' }],
  [
    'Introduction to Python Programming | Udemy',
    'Introduction to Python Programming',
    { siteName: 'Udemy', host: 'www.udemy.com' },
  ],
  [
    'Lecture 5 · Eigenvalues · Linear Algebra · Panopto',
    'Lecture 5 · Eigenvalues · Linear Algebra',
    { host: 'uni.hosted.panopto.com' },
  ],
  ['Sprint review walkthrough | Loom', 'Sprint review walkthrough', { host: 'www.loom.com' }],
  [
    'CS50 2024 - Lecture 0 - Scratch - CS50',
    'CS50 2024 - Lecture 0 - Scratch',
    { siteName: 'CS50', host: 'cs50.harvard.edu' },
  ],
  [
    'Stanford CS229: Machine Learning | Stanford Online',
    'Stanford CS229: Machine Learning',
    { siteName: 'Stanford Online' },
  ],
  ['TED: The power of vulnerability', 'The power of vulnerability', { siteName: 'TED', host: 'www.ted.com' }],
  [
    'Thermodynamics, Lecture 2 - Kaltura MediaSpace',
    'Thermodynamics, Lecture 2',
    { siteName: ['Kaltura MediaSpace', 'Kaltura'] },
  ],
  ['المحاضرة ٣: الديناميكا الحرارية | جامعة القاهرة', 'المحاضرة ٣: الديناميكا الحرارية', { siteName: 'جامعة القاهرة' }],
  ['שיעור 4: מכניקה קוונטית - האוניברסיטה הפתוחה', 'שיעור 4: מכניקה קוונטית', { siteName: 'האוניברסיטה הפתוחה' }],
  ['第3回 熱力学の基礎 | 東京大学 OCW', '第3回 熱力学の基礎', { siteName: '東京大学 OCW' }],
  [
    'Vorlesung 5 – Quantenmechanik – ETH Zürich',
    'Vorlesung 5 – Quantenmechanik',
    { siteName: 'ETH Zürich', host: 'video.ethz.ch' },
  ],
  ['Cours 2 : Les intégrales | FUN MOOC', 'Cours 2 : Les intégrales', { siteName: 'FUN MOOC' }],
];

describe('withoutSiteName on real-world titles', () => {
  it.each(REAL_WORLD)('%s → %s', (title, name, site) => {
    expect(withoutSiteName(title, site)).toBe(name);
  });
});

describe('withoutSiteName', () => {
  it('removes a leading segment that names the site', () => {
    expect(withoutSiteName('edX | Work and energy', { host: 'www.edx.org' })).toBe('Work and energy');
    expect(withoutSiteName('Course site: Lecture 2', { siteName: 'Course site' })).toBe('Lecture 2');
  });

  it('matches the host with or without www, its domain, and the domain name', () => {
    for (const suffix of ['www.egghead.io', 'egghead.io', 'Egghead', 'EGGHEAD IO'])
      expect(withoutSiteName(`Hooks - ${suffix}`, { host: 'www.egghead.io' })).toBe('Hooks');
    expect(withoutSiteName('Lecture 4 | Oxford', { host: 'podcasts.ox.ac.uk' })).toBe('Lecture 4 | Oxford');
    expect(withoutSiteName('Lecture 4 | ox', { host: 'podcasts.ox.ac.uk' })).toBe('Lecture 4');
  });

  it('removes a site name that itself holds a separator', () => {
    expect(
      withoutSiteName('Entropy | Physics I: Classical Mechanics', { siteName: 'Physics I: Classical Mechanics' }),
    ).toBe('Entropy');
  });

  it('keeps segments that are not the site name, wherever they are', () => {
    expect(withoutSiteName('Lecture 13: Radiation - Heat transfer', { siteName: 'Course site' })).toBe(
      'Lecture 13: Radiation - Heat transfer',
    );
    expect(withoutSiteName('Course site reading list', { siteName: 'Course site' })).toBe('Course site reading list');
  });

  it('splits on hyphens only between spaces', () => {
    expect(withoutSiteName('Part-time study-YouTube', { host: 'www.youtube.com' })).toBe('Part-time study-YouTube');
    expect(withoutSiteName('Hodgkin–Huxley - YouTube', { host: 'www.youtube.com' })).toBe('Hodgkin–Huxley');
  });

  it('gives "" for a title that is only the site name', () => {
    expect(withoutSiteName('YouTube', { host: 'www.youtube.com' })).toBe('');
    expect(withoutSiteName('(3) MIT OpenCourseWare', { siteName: 'MIT OpenCourseWare' })).toBe('');
  });

  it('without any site name, only cleans the title', () => {
    expect(withoutSiteName('  (4) Lecture\n 9 | Somewhere  ', {})).toBe('Lecture 9 | Somewhere');
    expect(withoutSiteName('Lecture 9', { host: '127.0.0.1' })).toBe('Lecture 9');
  });
});

describe('withoutUnreadCount', () => {
  it('drops "(12) " and "(99+) " before a title, nothing else', () => {
    expect(withoutUnreadCount('(12) Lecture')).toBe('Lecture');
    expect(withoutUnreadCount('(99+) Lecture')).toBe('Lecture');
    expect(withoutUnreadCount('Lecture (12)')).toBe('Lecture (12)');
    expect(withoutUnreadCount('(a) Lecture')).toBe('(a) Lecture');
  });
});
