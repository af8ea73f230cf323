import { describe, expect, it } from 'vitest';
import { panoptoLinks } from '@/utils/video/platforms/panopto-links';

describe('Panopto links', () => {
  it('links to the moment with start=', () => {
    const url = new URL(
      'https://uni.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=0b7d5a5e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    );
    expect(panoptoLinks.timestampUrl(url, 61)).toContain('start=61');
  });
});
