import { describe, expect, it } from 'vitest';
import {
  addRange,
  coveredSeconds,
  mergeRanges,
  overlapSeconds,
  type Range,
  spanOf,
  subtractRanges,
} from '@/utils/model/ranges';

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

describe('range arithmetic for review prompts', () => {
  it.each<[Range, Range[], Range[]]>([
    [[0, 10], [], [[0, 10]]],
    [
      [0, 10],
      [[2, 4]],
      [
        [0, 2],
        [4, 10],
      ],
    ],
    [[0, 10], [[0, 10]], []],
    [
      [0, 10],
      [
        [-5, 3],
        [8, 20],
      ],
      [[3, 8]],
    ],
    [[0, 10], [[20, 30]], [[0, 10]]],
    [
      [5, 6],
      [
        [0, 5],
        [6, 9],
      ],
      [[5, 6]],
    ],
  ])('subtracts from %j the ranges %j', (range, cut, expected) => {
    expect(subtractRanges(range, cut)).toEqual(expected);
  });

  it('measures overlap, merges exactly and spans', () => {
    expect(
      overlapSeconds(
        [0, 10],
        [
          [2, 4],
          [9, 12],
        ],
      ),
    ).toBe(3);
    expect(
      mergeRanges(
        [[0, 2]],
        [
          [2, 3],
          [5, 6],
        ],
      ),
    ).toEqual([
      [0, 3],
      [5, 6],
    ]);
    expect(
      mergeRanges(
        [],
        [
          [4, 5],
          [0, 1],
        ],
      ),
    ).toEqual([
      [0, 1],
      [4, 5],
    ]);
    expect(
      spanOf([
        [4, 5],
        [0, 1],
      ]),
    ).toEqual([0, 5]);
    expect(spanOf([])).toBeNull();
  });
});
