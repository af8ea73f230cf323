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

  it('cleans " from X on Vimeo" off the title', () => {
    expect(vimeo.title(pageWith('', '', 'Quantum tunnelling from MIT OCW on Vimeo'))).toBe('Quantum tunnelling');
  });

  it('prefers og:title', () => {
    expect(vimeo.title(pageWith('<meta property="og:title" content="Lecture 4: Waves">', '', 'x on Vimeo'))).toBe(
      'Lecture 4: Waves',
    );
  });
});
