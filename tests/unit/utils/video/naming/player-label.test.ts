import { describe, expect, it } from 'vitest';
import { isGenericPlayerLabel } from '@/utils/video/naming/player-label';

describe('isGenericPlayerLabel', () => {
  it.each([
    'Kaltura Player',
    'Video player',
    'YouTube video player',
    'Embedded media',
    'Panopto Embedded Video Player',
    'video.js player',
    'Vimeo',
    'Lecture video',
    '',
  ])('"%s" names a player', (label) => {
    expect(isGenericPlayerLabel(label)).toBe(true);
  });

  it.each(['Week 3: Entropy and disorder', 'Lecture 3', 'Kaltura Player: Heat engines', 'المحاضرة ٣'])(
    '"%s" names a lecture',
    (label) => {
      expect(isGenericPlayerLabel(label)).toBe(false);
    },
  );
});
