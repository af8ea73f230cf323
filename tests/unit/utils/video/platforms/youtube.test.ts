import { describe, expect, it } from 'vitest';
import { youtube } from '@/utils/video/platforms/youtube';
import { pageWith } from '../replica';
import { itKeysUrls } from './adapter-cases';

describe('youtube adapter', () => {
  itKeysUrls(youtube, [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube:dQw4w9WgXcQ'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL123&index=4&t=42s&si=abc&pp=xyz', 'youtube:dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ', 'youtube:dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=tracking', 'youtube:dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?start=30&rel=0', 'youtube:dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube:dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'youtube:dQw4w9WgXcQ'],
    ['https://www.youtube.com/live/dQw4w9WgXcQ?feature=shared', 'youtube:dQw4w9WgXcQ'],
    ['https://www.youtube.com/', null],
    ['https://www.youtube.com/results?search_query=calculus', null],
    ['https://www.youtube.com/watch?v=short', null],
  ]);

  it('does not claim other sites', () => {
    expect(youtube.matches(new URL('https://notyoutube.com/watch?v=dQw4w9WgXcQ'))).toBe(false);
  });

  it.each([
    [
      'the watch metadata heading',
      '<ytd-watch-metadata><h1 class="ytd-watch-metadata"> Linear algebra, lecture 3 </h1></ytd-watch-metadata>',
      'x - YouTube',
      'Linear algebra, lecture 3',
    ],
    ["an embed's title link", '<a class="ytp-title-link">Entropy explained</a>', 'x - YouTube', 'Entropy explained'],
    ["(the document title is the generic sources')", '', '(3) Entropy explained - YouTube', ''],
  ])('takes the title from %s', (_name, body, title, expected) => {
    expect(youtube.title?.(pageWith('', body, title))).toBe(expected);
  });
});
