import { describe, expect, it } from 'vitest';
import { lectureHref, parseRoute, routeHref } from '@/utils/library/route';

describe('library routes', () => {
  it.each([
    ['', { view: '', param: '' }],
    ['#/', { view: '', param: '' }],
    ['#/search', { view: 'search', param: '' }],
    ['#/lecture/youtube%3Aabc', { view: 'lecture', param: 'youtube:abc' }],
    ['#/lecture/url%3Ahttps%3A%2F%2Fa.edu%2Fx%2Fy', { view: 'lecture', param: 'url:https://a.edu/x/y' }],
    ['#/lecture/%E0%A4%A', { view: 'lecture', param: '%E0%A4%A' }],
  ])('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips a lecture key with slashes, spaces and a hash', () => {
    const key = 'url:https://lms.example.edu/course/1#frame 2?x=1';
    expect(parseRoute(lectureHref(key))).toEqual({ view: 'lecture', param: key });
    expect(routeHref('review')).toBe('#/review');
  });
});
