import { describe, expect, it } from 'vitest';
import { identifyLecture, lectureKeyFor, PLATFORMS, timestampUrlFor } from '@/utils/video/identity';
import { pageWith, videoWithSrc } from './replica';

describe('identifyLecture', () => {
  it('keeps the generic adapter last', () => {
    expect(PLATFORMS.at(-1)?.id).toBe('generic');
    expect(new Set(PLATFORMS.map((platform) => platform.id)).size).toBe(PLATFORMS.length);
  });

  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1', 'youtube'],
    ['https://player.vimeo.com/video/76979871', 'vimeo'],
    ['https://www.coursera.org/learn/ml/lecture/abc/intro', 'coursera'],
    ['https://cdnapisec.kaltura.com/p/1/embedIframeJs?entry_id=1_ab12cd34', 'kaltura'],
    ['https://www.youtube.com/feed/subscriptions', 'generic'],
    ['https://lms.example.edu/course/1', 'generic'],
  ])('names %s with the %s adapter', (href, platform) => {
    expect(lectureKeyFor(new URL(href), pageWith(''), null).platform.id).toBe(platform);
  });

  it('returns a full sighting: key, title, site, page to return to, duration', () => {
    const doc = pageWith('', '<h1 class="ytd-watch-metadata">Entropy</h1>', 'Entropy - YouTube');
    const video = videoWithSrc('blob:https://www.youtube.com/1');
    Object.defineProperty(video, 'duration', { value: 3605.5 });
    expect(identifyLecture(new URL('https://www.youtube.com/watch?v=dQw4w9WgXcQ&utm_source=x'), doc, video)).toEqual({
      key: 'youtube:dQw4w9WgXcQ',
      platform: 'youtube',
      title: 'Entropy',
      site: 'www.youtube.com',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      duration: 3605.5,
    });
  });

  it('falls back to the generic title, then the host name', () => {
    const untitled = identifyLecture(new URL('https://www.coursera.org/learn/ml/lecture/abc/x'), pageWith(''), null);
    expect(untitled.title).toBe('www.coursera.org');
    expect(untitled.duration).toBeNull();
  });

  it.each([
    ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=100s'],
    ['youtube', 'https://lms.example.edu/course/1', null],
    ['generic', 'https://uni.edu/lecture', null],
    ['coursera', 'https://www.coursera.org/learn/ml/lecture/abc/x', null],
  ])('timestamp link for %s at %s', (platform, href, expected) => {
    expect(timestampUrlFor(platform, href, 100)).toBe(expected);
  });
});
