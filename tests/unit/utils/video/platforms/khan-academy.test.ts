import { describe, expect, it } from 'vitest';
import { khanAcademy } from '@/utils/video/platforms/khan-academy';
import { itKeysUrls } from './adapter-cases';

describe('Khan Academy adapter', () => {
  itKeysUrls(khanAcademy, [
    [
      'https://www.khanacademy.org/math/calculus-1/cs1-limits/v/introduction-to-limits-hd',
      'khan-academy:introduction-to-limits-hd',
    ],
    ['https://www.khanacademy.org/math/calculus-1', null],
  ]);

  it('cleans "(video)" off a tab title', () => {
    expect(khanAcademy.nameInTitle?.('Introduction to limits (video)')).toBe('Introduction to limits');
  });

  it('names the course from the first two segments of the path', () => {
    const url = new URL(
      'https://www.khanacademy.org/science/ap-physics-1/ap-one-dimensional-motion/x2eef969c74e0d802:displacement/v/intro-to-vectors',
    );
    expect(khanAcademy.course(url)).toEqual({ id: 'khan-academy:science/ap-physics-1', title: 'Ap Physics 1' });
  });
});
