import { describe, expect, it } from 'vitest';
import {
  adMarkerOf,
  chaptersOf,
  courseOfPage,
  lectureKeyFor,
  lmsCourseOf,
  PLATFORMS,
  pageTimestampUrl,
  timestampUrlFor,
} from '@/utils/video/platforms/registry';
import { pageWith } from '../replica';

const platform = (id: string) => PLATFORMS.find((candidate) => candidate.id === id);

describe('the platform registry', () => {
  it('keeps the generic adapter last', () => {
    expect(PLATFORMS.at(-1)?.id).toBe('generic');
    expect(new Set(PLATFORMS.map((adapter) => adapter.id)).size).toBe(PLATFORMS.length);
  });

  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1', 'youtube'],
    ['https://player.vimeo.com/video/76979871', 'vimeo'],
    ['https://www.coursera.org/learn/ml/lecture/abc/intro', 'coursera'],
    ['https://cdnapisec.kaltura.com/p/1/embedIframeJs?entry_id=1_ab12cd34', 'kaltura'],
    ['https://www.youtube.com/feed/subscriptions', 'generic'],
    ['https://hostile.example.com/claim.html?entry_id=1_ab12cd34', 'generic'],
    ['https://hostile.example.com/watch?v=dQw4w9WgXcQ', 'generic'],
    ['https://lms.example.edu/course/1', 'generic'],
    ['https://canvas.example.edu/courses/4821/pages/week-2', 'generic'],
  ])('names %s with the %s adapter', (href, id) => {
    expect(lectureKeyFor(new URL(href), pageWith(''), null).platform.id).toBe(id);
  });

  it.each([
    ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=100s'],
    ['youtube', 'https://lms.example.edu/course/1', null],
    ['generic', 'https://uni.edu/lecture', null],
    ['coursera', 'https://www.coursera.org/learn/ml/lecture/abc/x', null],
  ])('timestamp link for %s at %s', (id, href, expected) => {
    expect(timestampUrlFor(id, href, 100)).toBe(expected);
  });

  it("links any other page with its site's rule, else #t=", () => {
    expect(pageTimestampUrl(new URL('https://www.youtube.com/embed/abc'), 5)).toBe(
      'https://www.youtube.com/embed/abc?start=5',
    );
    expect(pageTimestampUrl(new URL('https://lms.example.edu/v/1'), 90)).toBe('https://lms.example.edu/v/1#t=90');
  });
});

describe('the course of a page', () => {
  it.each([
    ['coursera', 'https://www.coursera.org/learn/machine-learning/lecture/db3jS/what-is-machine-learning'],
    [
      'edx',
      'https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2024/block-v1:MITx+6.00.1x+2T2024+type@vertical+block@u7',
    ],
    ['udemy', 'https://www.udemy.com/course/the-complete-javascript-course/learn/lecture/22648175'],
    [
      'khan-academy',
      'https://www.khanacademy.org/science/ap-physics-1/ap-one-dimensional-motion/x2eef969c74e0d802:displacement/v/intro-to-vectors',
    ],
    ['canvas', 'https://canvas.example.edu/courses/4821/pages/week-2-lecture'],
    ['moodle', 'https://moodle.example.edu/course/view.php?id=77&section=2'],
    [
      'blackboard',
      'https://learn.example.edu/webapps/blackboard/content/listContent.jsp?course_id=_5512_1&content_id=_9_1',
    ],
    ['brightspace', 'https://d2l.example.edu/d2l/le/content/123456/viewContent/789/View'],
  ])("is the %s adapter's for %s", (id, href) => {
    const url = new URL(href);
    const course = courseOfPage(url, null);
    expect(course).not.toBeNull();
    expect(course).toEqual(platform(id)?.course?.(url, null));
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
  ])('is none for %s', (_name, href) => {
    expect(courseOfPage(new URL(href), null)).toBeNull();
  });

  it("is only an LMS's for a player's tab", () => {
    expect(lmsCourseOf(new URL('https://canvas.example.edu/courses/4821/pages/week-2'), null)?.id).toBe(
      'canvas:canvas.example.edu/4821',
    );
    expect(lmsCourseOf(new URL('https://www.coursera.org/learn/machine-learning/lecture/db3jS/x'), null)).toBeNull();
  });
});

describe("what the lecture's player shows", () => {
  it("reads the chapters its player lists when the video has no chapters track, and the player's ad mark", () => {
    document.body.innerHTML = `
      <div class="html5-video-player ad-showing"><video></video></div>
      <ytd-macro-markers-list-item-renderer><h4>Intro</h4><div id="time">0:00</div></ytd-macro-markers-list-item-renderer>
      <ytd-macro-markers-list-item-renderer><h4>Cells</h4><div id="time">1:00</div></ytd-macro-markers-list-item-renderer>`;
    const video = document.querySelector('video') as HTMLVideoElement;
    Object.defineProperty(video, 'duration', { value: 120 });
    expect(chaptersOf(video)).toEqual([
      { start: 0, end: 60, title: 'Intro' },
      { start: 60, end: 120, title: 'Cells' },
    ]);
    expect(adMarkerOf(video)?.isShowing()).toBe(true);
  });

  it('finds neither in a plain video', () => {
    document.body.innerHTML = '<video></video>';
    const video = document.querySelector('video') as HTMLVideoElement;
    expect(chaptersOf(video)).toEqual([]);
    expect(adMarkerOf(video)).toBeNull();
  });
});
