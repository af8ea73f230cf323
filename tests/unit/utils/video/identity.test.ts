import { describe, expect, it } from 'vitest';
import { identifyLecture } from '@/utils/video/identity';
import { pageWith, videoWithSrc } from './replica';

describe('identifyLecture', () => {
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

  it('sends the course with the sighting', () => {
    const url = new URL('https://www.coursera.org/learn/thermo/lecture/a1/first-law');
    const sighting = identifyLecture(url, pageWith('', '<h1>The first law</h1>'), null);
    expect(sighting).toMatchObject({ key: 'coursera:thermo/a1', course: { id: 'coursera:thermo', title: 'Thermo' } });
    const plain = identifyLecture(new URL('https://www.example.org/talk'), pageWith('', '<h1>Talk</h1>'), null);
    expect(plain).not.toHaveProperty('course');
  });
});
