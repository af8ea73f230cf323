import { describe, expect, it } from 'vitest';
import { edx } from '@/utils/video/platforms/edx';
import { pageWith } from '../replica';
import { itKeysUrls } from './adapter-cases';

const course = 'https://learning.edx.org/course/course-v1:MITx+6.00.1x+2T2024';

describe('edX adapter', () => {
  itKeysUrls(edx, [
    [
      `${course}/block-v1:MITx+6.00.1x+2T2024+type@sequential+block@seq1/block-v1:MITx+6.00.1x+2T2024+type@vertical+block@unit7`,
      'edx:course-v1:MITx+6.00.1x+2T2024/block-v1:MITx+6.00.1x+2T2024+type@vertical+block@unit7',
    ],
    [`${course}/home`, null],
  ]);

  it('takes the unit title', () => {
    expect(edx.title(pageWith('', '<h1 class="unit-title">Recursion</h1>', 'Recursion | 6.00.1x | edX'))).toBe(
      'Recursion',
    );
  });

  it('names the course "<org> <number>" from its id', () => {
    const url = new URL(`${course}/block-v1:MITx+6.00.1x+2T2024+type@vertical+block@u7`);
    expect(edx.course(url, null)).toEqual({ id: 'edx:course-v1:MITx+6.00.1x+2T2024', title: 'MITx 6.00.1x' });
  });
});
