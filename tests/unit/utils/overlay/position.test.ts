import { describe, expect, it } from 'vitest';
import { availableSpace, coverBox, overlayBox } from '@/utils/overlay/position';

const viewport = { width: 1280, height: 800 };
const size = { width: 300, height: 48 };

describe('overlayBox', () => {
  it('sits in the top-right corner of the video', () => {
    expect(overlayBox({ left: 100, top: 50, width: 800, height: 450 }, size, viewport)).toEqual({
      left: 592,
      top: 58,
      width: 300,
      height: 48,
    });
  });

  it('stays in the viewport when the video is partly scrolled away or wider than the window', () => {
    expect(overlayBox({ left: -50, top: -200, width: 1500, height: 600 }, size, viewport)).toEqual({
      left: 972,
      top: 8,
      width: 300,
      height: 48,
    });
  });

  it('covers a fullscreen video the same way', () => {
    expect(overlayBox({ left: 0, top: 0, width: 1280, height: 800 }, { width: 360, height: 900 }, viewport)).toEqual({
      left: 912,
      top: 8,
      width: 360,
      height: 784,
    });
  });

  it.each([
    ['zero-sized', { left: 0, top: 0, width: 0, height: 0 }],
    ['scrolled above the viewport', { left: 0, top: -900, width: 800, height: 450 }],
    ['below the viewport', { left: 0, top: 900, width: 800, height: 450 }],
    ['left of the viewport', { left: -900, top: 0, width: 800, height: 450 }],
  ])('hides when the video is %s', (_name, video) => {
    expect(overlayBox(video, size, viewport)).toBeNull();
  });
});

describe('availableSpace', () => {
  it('lets the panel use the visible height of the video', () => {
    expect(availableSpace({ left: 0, top: 100, width: 800, height: 450 }, viewport)).toEqual({
      maxWidth: 420,
      maxHeight: 434,
    });
  });
});

describe('coverBox', () => {
  it.each([
    [
      'covers the visible part of a large video',
      { left: 100, top: -100, width: 1000, height: 600 },
      viewport,
      { left: 100, top: 0, width: 1000, height: 500 },
    ],
    [
      'covers the whole screen over a fullscreen video',
      { left: 0, top: 0, width: 1280, height: 800 },
      viewport,
      { left: 0, top: 0, width: 1280, height: 800 },
    ],
    [
      'grows around a small video to the dialog minimum, inside the viewport',
      { left: 20, top: 600, width: 320, height: 180 },
      viewport,
      { left: 0, top: 380, width: 560, height: 420 },
    ],
    [
      'takes the middle of the viewport for a video off screen',
      { left: 0, top: 2000, width: 320, height: 180 },
      { width: 500, height: 300 },
      { left: 0, top: 0, width: 500, height: 300 },
    ],
  ])('%s', (_name, video, within, box) => {
    expect(coverBox(video, within)).toEqual(box);
  });
});
