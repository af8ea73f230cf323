import { describe, expect, it } from 'vitest';
import { courseOf, courseOfPage } from '@/utils/video/course';
import { identifyLecture } from '@/utils/video/identity';
import { lmsCourse } from '@/utils/video/lms-course';
import { pageWith } from './replica';

describe('the course of a page, from its URL', () => {
  it.each([
    [
      'https://www.coursera.org/learn/machine-learning/lecture/db3jS/what-is-machine-learning',
      { id: 'coursera:machine-learning', title: 'Machine Learning' },
    ],
    [
      'https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2024/block-v1:MITx+6.00.1x+2T2024+type@vertical+block@u7',
      { id: 'edx:course-v1:MITx+6.00.1x+2T2024', title: 'MITx 6.00.1x' },
    ],
    [
      'https://www.udemy.com/course/the-complete-javascript-course/learn/lecture/22648175',
      { id: 'udemy:the-complete-javascript-course', title: 'The Complete Javascript Course' },
    ],
    [
      'https://www.khanacademy.org/science/ap-physics-1/ap-one-dimensional-motion/x2eef969c74e0d802:displacement/v/intro-to-vectors',
      { id: 'khan-academy:science/ap-physics-1', title: 'Ap Physics 1' },
    ],
    [
      'https://canvas.example.edu/courses/4821/pages/week-2-lecture',
      { id: 'canvas:canvas.example.edu/4821', title: 'Course 4821 (canvas.example.edu)' },
    ],
    [
      'https://moodle.example.edu/course/view.php?id=77&section=2',
      { id: 'moodle:moodle.example.edu/77', title: 'Course 77 (moodle.example.edu)' },
    ],
    [
      'https://learn.example.edu/webapps/blackboard/content/listContent.jsp?course_id=_5512_1&content_id=_9_1',
      { id: 'blackboard:learn.example.edu/_5512_1', title: 'Course _5512_1 (learn.example.edu)' },
    ],
    [
      'https://d2l.example.edu/d2l/le/content/123456/viewContent/789/View',
      { id: 'brightspace:d2l.example.edu/123456', title: 'Course 123456 (d2l.example.edu)' },
    ],
  ])('%s', (href, course) => {
    expect(courseOfPage(new URL(href), null)).toEqual(course);
  });

  it.each([
    [
      'a YouTube video in a playlist (a playlist is not a course)',
      'https://www.youtube.com/watch?v=abcdefghijk&list=PL123',
    ],
    ['a Khan Academy video without its course path', 'https://www.khanacademy.org/v/intro-to-vectors'],
    ["Moodle's front page", 'https://moodle.example.edu/course/view.php?id=1'],
    ['a lecture on any other site', 'https://www.example.org/talks/entropy'],
    ['a Canvas page outside a course', 'https://canvas.example.edu/calendar'],
  ])('none for %s', (_name, href) => {
    expect(courseOfPage(new URL(href), null)).toBeNull();
  });
});

describe('the course name, from the page where it shows it', () => {
  it('Udemy: the course header', () => {
    const doc = pageWith('', '<a data-purpose="course-header-title">The Complete JavaScript Course 2026</a>');
    const url = new URL('https://www.udemy.com/course/the-complete-javascript-course/learn/lecture/1');
    expect(courseOfPage(url, doc)?.title).toBe('The Complete JavaScript Course 2026');
  });

  it("Canvas: the breadcrumbs' course", () => {
    const doc = pageWith(
      '',
      '<nav id="breadcrumbs"><ul><li><a href="/">Home</a></li><li><a href="/courses/4821"><span class="ellipsible">PHYS 101: Thermodynamics</span></a></li></ul></nav>',
    );
    expect(lmsCourse(new URL('https://canvas.example.edu/courses/4821/pages/week-2'), doc)).toEqual({
      id: 'canvas:canvas.example.edu/4821',
      title: 'PHYS 101: Thermodynamics',
    });
  });

  it("Moodle: an activity page's body class names the course", () => {
    const doc = pageWith(
      '',
      '<div class="page-context-header"><div class="page-header-headings"><h1>Biology 101</h1></div></div>',
    );
    doc.body.id = 'page-mod-page-view';
    doc.body.className = 'format-topics path-mod course-42 context-9';
    expect(lmsCourse(new URL('https://moodle.example.edu/mod/page/view.php?id=9'), doc)).toEqual({
      id: 'moodle:moodle.example.edu/42',
      title: 'Biology 101',
    });
    // The same class on a page that is not Moodle's says nothing.
    doc.body.id = '';
    expect(lmsCourse(new URL('https://moodle.example.edu/mod/page/view.php?id=9'), doc)).toBeNull();
  });
});

describe('a lecture and its course', () => {
  it('the identity script sends the course with the sighting', () => {
    const url = new URL('https://www.coursera.org/learn/thermo/lecture/a1/first-law');
    const sighting = identifyLecture(url, pageWith('', '<h1>The first law</h1>'), null);
    expect(sighting).toMatchObject({ key: 'coursera:thermo/a1', course: { id: 'coursera:thermo', title: 'Thermo' } });
    const plain = identifyLecture(new URL('https://www.example.org/talk'), pageWith('', '<h1>Talk</h1>'), null);
    expect(plain).not.toHaveProperty('course');
  });

  it('a stored lecture keeps its recorded course, else takes the one its URL names', () => {
    const stored = { id: 'canvas:lms.example.edu/9', title: 'Thermodynamics' };
    expect(courseOf({ url: 'https://www.example.org/x', course: stored })).toBe(stored);
    expect(courseOf({ url: 'https://www.coursera.org/learn/thermo/lecture/a1/x' })).toEqual({
      id: 'coursera:thermo',
      title: 'Thermo',
    });
    expect(courseOf({ url: 'not a url' })).toBeNull();
  });
});
