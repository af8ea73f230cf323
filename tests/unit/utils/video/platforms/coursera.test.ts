import { describe, expect, it } from 'vitest';
import { coursera } from '@/utils/video/platforms/coursera';
import { pageWith } from '../replica';
import { itKeysUrls } from './adapter-cases';

const lecture = 'https://www.coursera.org/learn/machine-learning/lecture/db3jS/what-is-machine-learning';

describe('coursera adapter', () => {
  itKeysUrls(coursera, [
    [lecture, 'coursera:machine-learning/db3jS'],
    [`${lecture}?utm_source=x`, 'coursera:machine-learning/db3jS'],
    ['https://www.coursera.org/learn/machine-learning/supplement/abc/reading', null],
    ['https://www.coursera.org/learn/machine-learning', null],
  ]);

  it('takes the lecture heading', () => {
    expect(coursera.title(pageWith('', '<h1>What is Machine Learning?</h1>', 'What is ML? | Coursera'))).toBe(
      'What is Machine Learning?',
    );
  });

  it('names the course from its URL slug', () => {
    expect(coursera.course(new URL(lecture), null)).toEqual({
      id: 'coursera:machine-learning',
      title: 'Machine Learning',
    });
  });
});
