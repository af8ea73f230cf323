import { describe, expect, it } from 'vitest';
import { MAX_CAPTION_LENGTH } from '@/utils/model/kinds';
import { captionOf, cueTextAsSaid, linesBefore, type TimedLine } from '@/utils/video/captions/caption-lines';

describe('cueTextAsSaid', () => {
  it.each([
    ['<v Prof. Ng>Gradient descent</v> <c.yellow>steps</c>', 'Gradient descent steps'],
    ['line one\nline two', 'line one line two'],
    ['A &amp; B &lt;3&gt; &nbsp;end', 'A & B <3> end'],
    ['<00:00:01.000>timed <b>words</b>', 'timed words'],
    ['&lrm;shalom&rlm;', 'shalom'],
  ])('%j → %j', (raw, said) => {
    expect(cueTextAsSaid(raw)).toBe(said);
  });
});

describe('linesBefore', () => {
  const lines: TimedLine[] = [
    { start: 0, end: 4, text: 'too early' },
    { start: 4, end: 9, text: 'overlaps the start' },
    { start: 12, end: 15, text: 'inside' },
    { start: 19, end: null, text: 'still shown' },
    { start: 21, end: 24, text: 'after the note' },
  ];
  it('keeps the lines overlapping the window before the note, in order', () => {
    expect(linesBefore(lines, 20, 12).map((line) => line.text)).toEqual([
      'overlaps the start',
      'inside',
      'still shown',
    ]);
    expect(linesBefore(lines, 20, 4).map((line) => line.text)).toEqual(['still shown']);
  });
});

describe('captionOf', () => {
  it('joins lines and drops the repeats of roll-up captions', () => {
    expect(captionOf(['so the cell', 'so the cell divides', 'divides', 'and then', 'and then'])).toBe(
      'so the cell divides and then',
    );
  });

  it('is null when nothing was said', () => {
    expect(captionOf([])).toBeNull();
    expect(captionOf(['  ', ''])).toBeNull();
  });

  it('keeps the latest words when the caption is over the cap, starting at a word', () => {
    const words = Array.from({ length: 400 }, (_, index) => `word${index}`);
    const caption = captionOf([words.join(' ')]) ?? '';
    expect(caption.length).toBeLessThanOrEqual(MAX_CAPTION_LENGTH);
    expect(caption.startsWith('…word')).toBe(true);
    expect(caption.endsWith('word399')).toBe(true);
  });
});
