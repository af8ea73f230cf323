import { describe, expect, it } from 'vitest';
import type { Range } from '@/utils/db/database';
import { formatSegment, mergeRanges, overlapSeconds, spanOf, subtractRanges } from '@/utils/prompts/segments';

describe('prompt segments', () => {
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

  it.each<[Range, string]>([
    [[720, 1080], '12:00-18:00'],
    [[0, 61.7], '0:00-1:01'],
    [[3590, 3725], '59:50-1:02:05'],
  ])('names the segment %j as %s', (segment, label) => {
    expect(formatSegment(segment)).toBe(label);
  });
});
