import { describe, expect, it } from 'vitest';
import { vimeo } from '@/utils/video/platforms/vimeo';
import { pageWith } from '../replica';
import { itKeysUrls } from './adapter-cases';

describe('vimeo adapter', () => {
  itKeysUrls(vimeo, [
    ['https://vimeo.com/76979871', 'vimeo:76979871'],
    ['https://vimeo.com/76979871/8a2bb3c1d0?share=copy', 'vimeo:76979871'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'vimeo:76979871'],
    ['https://player.vimeo.com/video/76979871?h=abc&title=0', 'vimeo:76979871'],
    ['https://vimeo.com/watch', null],
    ['https://player.vimeo.com/api/player.js', null],
  ]);

  it('cleans " from X on Vimeo" off a tab title', () => {
    expect(vimeo.nameInTitle?.('Quantum tunnelling from MIT OCW on Vimeo')).toBe('Quantum tunnelling');
    expect(vimeo.nameInTitle?.('Lecture 4: Waves on Vimeo')).toBe('Lecture 4: Waves');
  });

  it("takes the page's heading, or the player's title bar", () => {
    expect(vimeo.title?.(pageWith('', '<h1>Lecture 4: Waves</h1>', 'x on Vimeo'))).toBe('Lecture 4: Waves');
    expect(vimeo.title?.(pageWith('', '<div class="vp-title-header"><a>Waves</a></div>'))).toBe('Waves');
  });
});
