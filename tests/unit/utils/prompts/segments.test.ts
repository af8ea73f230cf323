import { describe, expect, it } from 'vitest';
import type { Range } from '@/utils/model/ranges';
import { formatSegment } from '@/utils/prompts/segments';

describe('prompt segments', () => {
  it.each<[Range, string]>([
    [[720, 1080], '12:00-18:00'],
    [[0, 61.7], '0:00-1:01'],
    [[3590, 3725], '59:50-1:02:05'],
  ])('names the segment %j as %s', (segment, label) => {
    expect(formatSegment(segment)).toBe(label);
  });
});
