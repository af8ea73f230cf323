import { describe, expect, it } from 'vitest';
import { CaptionBuffer } from '@/utils/video/captions/caption-buffer';

describe('CaptionBuffer', () => {
  it('records when each line appeared and went, once, and follows a line that grows word by word', () => {
    const buffer = new CaptionBuffer();
    buffer.show(['so the'], 10);
    buffer.show(['so the cell divides'], 11);
    buffer.show(['so the cell divides', 'into two'], 13);
    buffer.show(['into two'], 15);
    buffer.show([], 17);
    buffer.show(['next idea'], 20);
    expect(buffer.all()).toEqual([
      { start: 10, end: 15, text: 'so the cell divides' },
      { start: 13, end: 17, text: 'into two' },
      { start: 20, end: null, text: 'next idea' },
    ]);
  });

  it('keeps a bounded number of lines, the latest', () => {
    const buffer = new CaptionBuffer();
    for (let second = 0; second < 500; second++) buffer.show([`line ${second}`], second);
    expect(buffer.all().length).toBe(200);
    expect(buffer.all().at(-1)?.text).toBe('line 499');
  });
});
