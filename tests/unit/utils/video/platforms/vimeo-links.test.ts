import { describe, expect, it } from 'vitest';
import { vimeoLinks } from '@/utils/video/platforms/vimeo-links';

describe('vimeo links', () => {
  it('links to the moment with #t=', () => {
    expect(vimeoLinks.timestampUrl(new URL('https://vimeo.com/76979871'), 90)).toBe('https://vimeo.com/76979871#t=90s');
  });
});
