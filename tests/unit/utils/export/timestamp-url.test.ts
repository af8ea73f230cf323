import { describe, expect, it } from 'vitest';
import { timestampUrl } from '@/utils/export/timestamp-url';

describe('timestamp links', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc&t=10s', 65.7, 'https://www.youtube.com/watch?v=abc&t=65s'],
    ['https://youtu.be/abc', 5, 'https://youtu.be/abc?t=5s'],
    ['https://www.youtube.com/embed/abc', 5, 'https://www.youtube.com/embed/abc?start=5'],
    ['https://vimeo.com/123', 90, 'https://vimeo.com/123#t=90s'],
    ['https://lms.example.edu/v/1', 90, 'https://lms.example.edu/v/1#t=90'],
    ['https://lms.example.edu/#/course/1', 90, 'https://lms.example.edu/#/course/1'],
    ['not a url', 3, null],
    ['javascript:alert(1)', 3, null],
    ['data:text/html,<script>alert(1)</script>', 3, null],
  ])('%s at %d s → %s', (url, seconds, expected) => {
    expect(timestampUrl(url, seconds)).toBe(expected);
  });

  it.each([
    [
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x',
      65.7,
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=65s',
    ],
    ['vimeo', 'https://vimeo.com/123', 90, 'https://vimeo.com/123#t=90s'],
    ['generic', 'https://lms.example.edu/v/1', 90, 'https://lms.example.edu/v/1#t=90'],
    ['no-such-platform', 'https://lms.example.edu/v/1', 90, 'https://lms.example.edu/v/1#t=90'],
    ['youtube', 'javascript:alert(1)//www.youtube.com/watch?v=dQw4w9WgXcQ', 5, null],
  ])("uses the %s adapter's own timestamp link", (platform, url, seconds, expected) => {
    expect(timestampUrl(url, seconds, platform)).toBe(expected);
  });
});
