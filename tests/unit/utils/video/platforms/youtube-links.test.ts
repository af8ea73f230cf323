import { describe, expect, it } from 'vitest';
import { youtubeLinks } from '@/utils/video/platforms/youtube-links';

describe('youtube links', () => {
  it('links to the moment with t=', () => {
    const url = new URL('https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1');
    expect(youtubeLinks.timestampUrl(url, 75.8)).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=75s');
  });
});
