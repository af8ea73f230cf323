import { describe, expect, it } from 'vitest';
import { describeRate, isPlayableRate, MAX_SPEED, MIN_SPEED, nextRate } from '@/utils/speed/rates';

describe('speed steps', () => {
  it.each([
    [1, 'faster', 1.25],
    [1, 'slower', 0.75],
    [1.1, 'faster', 1.25],
    [1.1, 'slower', 1],
    [1.75, 'faster', 2],
    [3.9, 'faster', MAX_SPEED],
    [MAX_SPEED, 'faster', MAX_SPEED],
    [MIN_SPEED, 'slower', MIN_SPEED],
    [0.3, 'slower', MIN_SPEED],
    [8, 'slower', MAX_SPEED],
    [2.5, 'reset', 1],
  ] as const)('%s× %s is %s×', (rate, command, next) => {
    expect(nextRate(rate, command)).toBe(next);
  });

  it('reads like the player menus', () => {
    expect(describeRate(1.25)).toBe('1.25×');
    expect(describeRate(2)).toBe('2×');
    expect(describeRate(1.3333333)).toBe('1.33×');
  });

  it.each([
    [1, true],
    [0.0625, true],
    [16, true],
    [0, false],
    [-1, false],
    [17, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%s is playable: %s', (rate, playable) => {
    expect(isPlayableRate(rate)).toBe(playable);
  });
});
