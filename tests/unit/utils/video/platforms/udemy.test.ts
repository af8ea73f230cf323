import { describe, expect, it } from 'vitest';
import { udemy } from '@/utils/video/platforms/udemy';
import { pageWith } from '../replica';
import { itKeysUrls } from './adapter-cases';

describe('Udemy adapter', () => {
  itKeysUrls(udemy, [
    ['https://www.udemy.com/course/complete-python/learn/lecture/1234567#overview', 'udemy:complete-python/1234567'],
    ['https://www.udemy.com/course/complete-python/', null],
  ]);

  it('takes the current lecture title', () => {
    const doc = pageWith(
      '',
      '<h1>Complete Python</h1><span data-purpose="lecture-title">12. Loops</span>',
      'Course | Udemy',
    );
    expect(udemy.title(doc)).toBe('12. Loops');
  });

  const lecture = new URL('https://www.udemy.com/course/the-complete-javascript-course/learn/lecture/22648175');

  it('names the course from its slug', () => {
    expect(udemy.course(lecture, null)).toEqual({
      id: 'udemy:the-complete-javascript-course',
      title: 'The Complete Javascript Course',
    });
  });

  it('names the course from the course header when the page shows it', () => {
    const doc = pageWith('', '<a data-purpose="course-header-title">The Complete JavaScript Course 2026</a>');
    expect(udemy.course(lecture, doc)?.title).toBe('The Complete JavaScript Course 2026');
  });
});
