import { describe, expect, it } from 'vitest';
import { isUseCaptionKey, withCaption } from '@/utils/notes/caption-text';

describe('withCaption', () => {
  it.each([
    ['an empty note becomes the caption', '', 0, 0, 'said this', 9],
    ['blanks only: replaced', '  \n', 3, 3, 'said this', 9],
    ['at the end, after a space', 'see ', 4, 4, 'see said this', 13],
    ['at the end, a space added', 'see', 3, 3, 'see said this', 13],
    ['in the middle, spaced on both sides', 'a:b', 2, 2, 'a: said this b', 12],
    ['over a selection', 'keep DROP keep', 5, 9, 'keep said this keep', 14],
  ])('%s', (_name, text, start, end, expected, cursor) => {
    expect(withCaption(text, 'said this', start, end)).toEqual({ text: expected, cursor });
  });

  it('goes at the end when the caret is not known', () => {
    expect(withCaption('note', 'said')).toEqual({ text: 'note said', cursor: 9 });
  });
});

describe('isUseCaptionKey', () => {
  const key = { code: 'KeyC', altKey: true, ctrlKey: false, metaKey: false };
  it('is Alt+C by code, never with Ctrl or ⌘, never C alone', () => {
    expect(isUseCaptionKey(key)).toBe(true);
    expect(isUseCaptionKey({ ...key, ctrlKey: true })).toBe(false);
    expect(isUseCaptionKey({ ...key, metaKey: true })).toBe(false);
    expect(isUseCaptionKey({ ...key, altKey: false })).toBe(false);
    expect(isUseCaptionKey({ ...key, code: 'KeyV' })).toBe(false);
  });
});
