import { describe, expect, it } from 'vitest';
import { arrangeLectures, coursesOf, type LectureSort } from '@/utils/library/lecture-order';
import type { Lecture } from '@/utils/model/lectures';
import { sampleLecture } from './sample-lecture';

const lecture = (key: string, title: string, extra: Partial<Lecture> = {}) => sampleLecture(key, { title, ...extra });

const lectures = [
  lecture('1', 'Lecture 10: Heat', { lastWatchedAt: 30, createdAt: 1, watched: [[0, 50]] }),
  lecture('2', 'lecture 2: Cells', { lastWatchedAt: 10, createdAt: 3, site: 'www.youtube.com', watched: [[0, 90]] }),
  lecture('3', 'Lecture 9: Atoms', { lastWatchedAt: 20, createdAt: 2, duration: null }),
];
const counts = new Map([
  ['2', 5],
  ['3', 1],
]);
const none = { site: '', text: '' };

describe('arrangeLectures', () => {
  it.each<[LectureSort, string[]]>([
    ['recent', ['1', '3', '2']],
    ['added', ['2', '3', '1']],
    ['title', ['2', '3', '1']],
    ['progress', ['3', '1', '2']],
    ['notes', ['2', '3', '1']],
  ])('sorts by %s', (sort, keys) => {
    expect(arrangeLectures(lectures, sort, none, counts).map((l) => l.key)).toEqual(keys);
  });

  it('filters by site and by words in the title, without changing its input', () => {
    expect(arrangeLectures(lectures, 'recent', { site: 'a.edu', text: '' }, counts).map((l) => l.key)).toEqual([
      '1',
      '3',
    ]);
    expect(arrangeLectures(lectures, 'recent', { site: '', text: 'LECTURE atoms' }, counts).map((l) => l.key)).toEqual([
      '3',
    ]);
    expect(lectures.map((l) => l.key)).toEqual(['1', '2', '3']);
  });
});

describe('courses', () => {
  const udemy = lecture('u', 'Closures', { url: 'https://www.udemy.com/course/js-basics/learn/lecture/1' });
  const canvas = lecture('c', 'Week 2', { course: { id: 'canvas:lms.edu/9', title: 'Biology 101' } });
  const all = [...lectures, udemy, canvas];

  it('lists the courses of the lectures, by name', () => {
    expect(coursesOf(all)).toEqual([
      { id: 'canvas:lms.edu/9', title: 'Biology 101' },
      { id: 'udemy:js-basics', title: 'Js Basics' },
    ]);
  });

  it("filters by course, and the find box matches the course's name", () => {
    const keys = (filter: { site: string; course?: string; text: string }) =>
      arrangeLectures(all, 'recent', filter, counts).map((l) => l.key);
    expect(keys({ site: '', course: 'udemy:js-basics', text: '' })).toEqual(['u']);
    expect(keys({ site: '', course: '', text: 'biology' })).toEqual(['c']);
  });
});
