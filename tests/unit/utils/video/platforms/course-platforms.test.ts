import { describe, expect, it } from 'vitest';
import { coursera } from '@/utils/video/platforms/coursera';
import { edx } from '@/utils/video/platforms/edx';
import { khanAcademy } from '@/utils/video/platforms/khan-academy';
import { udemy } from '@/utils/video/platforms/udemy';
import { pageWith } from '../replica';

describe('coursera adapter', () => {
  it.each([
    [
      'https://www.coursera.org/learn/machine-learning/lecture/db3jS/what-is-machine-learning',
      'coursera:machine-learning/db3jS',
    ],
    [
      'https://www.coursera.org/learn/machine-learning/lecture/db3jS/what-is-machine-learning?utm_source=x',
      'coursera:machine-learning/db3jS',
    ],
    ['https://www.coursera.org/learn/machine-learning/supplement/abc/reading', null],
    ['https://www.coursera.org/learn/machine-learning', null],
  ])('%s → %s', (href, key) => {
    expect(coursera.lectureKey(new URL(href), null, null)).toBe(key);
  });

  it('takes the lecture heading', () => {
    expect(coursera.title(pageWith('', '<h1>What is Machine Learning?</h1>', 'What is ML? | Coursera'))).toBe(
      'What is Machine Learning?',
    );
  });
});

describe('edX adapter', () => {
  it.each([
    [
      'https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2024/block-v1:MITx+6.00.1x+2T2024+type@sequential+block@seq1/block-v1:MITx+6.00.1x+2T2024+type@vertical+block@unit7',
      'edx:course-v1:MITx+6.00.1x+2T2024/block-v1:MITx+6.00.1x+2T2024+type@vertical+block@unit7',
    ],
    ['https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2024/home', null],
  ])('%s → %s', (href, key) => {
    expect(edx.lectureKey(new URL(href), null, null)).toBe(key);
  });

  it('takes the unit title', () => {
    expect(edx.title(pageWith('', '<h1 class="unit-title">Recursion</h1>', 'Recursion | 6.00.1x | edX'))).toBe(
      'Recursion',
    );
  });
});

describe('Udemy adapter', () => {
  it.each([
    ['https://www.udemy.com/course/complete-python/learn/lecture/1234567#overview', 'udemy:complete-python/1234567'],
    ['https://www.udemy.com/course/complete-python/', null],
  ])('%s → %s', (href, key) => {
    expect(udemy.lectureKey(new URL(href), null, null)).toBe(key);
  });

  it('takes the current lecture title', () => {
    const doc = pageWith(
      '',
      '<h1>Complete Python</h1><span data-purpose="lecture-title">12. Loops</span>',
      'Course | Udemy',
    );
    expect(udemy.title(doc)).toBe('12. Loops');
  });
});

describe('Khan Academy adapter', () => {
  it.each([
    [
      'https://www.khanacademy.org/math/calculus-1/cs1-limits/v/introduction-to-limits-hd',
      'khan-academy:introduction-to-limits-hd',
    ],
    ['https://www.khanacademy.org/math/calculus-1', null],
  ])('%s → %s', (href, key) => {
    expect(khanAcademy.lectureKey(new URL(href), null, null)).toBe(key);
  });

  it('cleans the document title', () => {
    expect(khanAcademy.title(pageWith('', '', 'Introduction to limits (video) | Khan Academy'))).toBe(
      'Introduction to limits',
    );
  });
});
