import { describe, expect, it } from 'vitest';
import { chaptersFromCues, parseClockTime } from '@/utils/video/chapters';

describe('chapters', () => {
  it('reads chapter cues, sorted, without empty ones', () => {
    expect(
      chaptersFromCues([
        { startTime: 90, endTime: 300, text: ' Cells ' },
        { startTime: 0, endTime: 90, text: 'Intro' },
        { startTime: 300, endTime: 300, text: 'Empty' },
        { startTime: Number.NaN, endTime: 5, text: 'Broken' },
      ]),
    ).toEqual([
      { start: 0, end: 90, title: 'Intro' },
      { start: 90, end: 300, title: 'Cells' },
    ]);
  });

  it.each([
    ['0:00', 0],
    ['12:34', 754],
    ['1:02:03', 3723],
    [' 5:07 ', 307],
    ['5', null],
    ['a:bc', null],
  ])('parses the clock time %j', (text, seconds) => {
    expect(parseClockTime(text)).toBe(seconds);
  });
});
