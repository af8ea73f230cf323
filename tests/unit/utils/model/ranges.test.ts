import { describe, expect, it } from 'vitest';
import type { Range } from '@/utils/db/database';
import { addRange, coveredSeconds } from '@/utils/model/ranges';

describe('addRange', () => {
  it.each<[string, Range[], Range, Range[]]>([
    ['into an empty list', [], [5, 10], [[5, 10]]],
    [
      'before everything',
      [[20, 30]],
      [0, 5],
      [
        [0, 5],
        [20, 30],
      ],
    ],
    [
      'after everything',
      [[0, 5]],
      [20, 30],
      [
        [0, 5],
        [20, 30],
      ],
    ],
    ['overlapping one', [[0, 10]], [5, 15], [[0, 15]]],
    [
      'bridging two',
      [
        [0, 10],
        [20, 30],
      ],
      [9, 21],
      [[0, 30]],
    ],
    ['touching within a second', [[0, 10]], [10.5, 12], [[0, 12]]],
    ['reversed', [], [10, 5], [[5, 10]]],
    ['inside one', [[0, 30]], [10, 20], [[0, 30]]],
  ])('adds a range %s', (_name, ranges, added, expected) => {
    expect(addRange(ranges, added)).toEqual(expected);
  });

  it('counts covered seconds', () => {
    expect(
      coveredSeconds([
        [0, 10],
        [20, 25],
      ]),
    ).toBe(15);
  });
});
