import { describe, expect, it } from 'vitest';
import { loomLinks } from '@/utils/video/platforms/loom-links';

describe('Loom links', () => {
  it('links to the moment with t=', () => {
    expect(loomLinks.timestampUrl(new URL('https://www.loom.com/share/0123456789abcdef0123456789abcdef'), 12)).toBe(
      'https://www.loom.com/share/0123456789abcdef0123456789abcdef?t=12',
    );
  });
});
