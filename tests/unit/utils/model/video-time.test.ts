import { describe, expect, it } from 'vitest';
import { formatVideoTime } from '@/utils/model/video-time';

describe('formatVideoTime', () => {
  it.each([
    [0, '0:00'],
    [5.9, '0:05'],
    [65, '1:05'],
    [754, '12:34'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [-3, '0:00'],
    [Number.NaN, '0:00'],
  ])('formats %s seconds as %s', (seconds, expected) => {
    expect(formatVideoTime(seconds)).toBe(expected);
  });
});
