import { describe, expect, it } from 'vitest';
import { generic, normaliseUrl } from '@/utils/video/platforms/generic';
import { pageWith, videoWithSrc } from '../replica';

describe('generic adapter', () => {
  it.each([
    ['https://uni.edu/lectures/3?utm_source=mail&utm_medium=x&fbclid=1#comments', 'https://uni.edu/lectures/3'],
    ['https://uni.edu/watch?b=2&a=1&gclid=z', 'https://uni.edu/watch?a=1&b=2'],
    ['https://app.uni.edu/#/course/4/lecture/2', 'https://app.uni.edu/#/course/4/lecture/2'],
  ])('normalises %s', (href, expected) => {
    expect(normaliseUrl(href)).toBe(expected);
  });

  it('keys on the canonical URL, resolved and cleaned', () => {
    const doc = pageWith('<link rel="canonical" href="https://uni.edu/lectures/3?utm_campaign=x">');
    expect(generic.lectureKey(new URL('https://uni.edu/lectures/3?session=abc'), doc, null)).toBe(
      'url:https://uni.edu/lectures/3',
    );
  });

  it.each([
    ['a canonical URL on another site', '<link rel="canonical" href="https://uni.edu/lectures/3">'],
    ['an og:url on another site', '<meta property="og:url" content="https://uni.edu/lectures/3">'],
    ['a canonical URL on another scheme', '<link rel="canonical" href="http://hostile.example/talk">'],
    ['a canonical URL on another port', '<link rel="canonical" href="https://hostile.example:8443/talk">'],
    ['a base URL on another site', '<base href="https://uni.edu/"><link rel="canonical" href="/lectures/3">'],
  ])('ignores %s: the key is the page’s own', (_name, head) => {
    expect(generic.lectureKey(new URL('https://hostile.example/talk?utm_source=x'), pageWith(head), null)).toBe(
      'url:https://hostile.example/talk',
    );
  });

  it('falls back to og:url, then the page URL', () => {
    const og = pageWith('<meta property="og:url" content="https://uni.edu/l/7">');
    expect(generic.lectureKey(new URL('https://uni.edu/x'), og, null)).toBe('url:https://uni.edu/l/7');
    expect(generic.lectureKey(new URL('https://uni.edu/x?ref=feed'), pageWith(''), null)).toBe('url:https://uni.edu/x');
  });

  it('adds the video’s own address (without tokens), not a blob:', () => {
    const doc = pageWith('');
    const page = new URL('https://uni.edu/course');
    expect(generic.lectureKey(page, doc, videoWithSrc('https://cdn.uni.edu/v/lecture1.mp4?token=abc'))).toBe(
      'url:https://uni.edu/course https://cdn.uni.edu/v/lecture1.mp4',
    );
    expect(generic.lectureKey(page, doc, videoWithSrc('blob:https://uni.edu/1234-5678'))).toBe(
      'url:https://uni.edu/course',
    );
  });
});
