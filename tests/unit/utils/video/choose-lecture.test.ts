import { describe, expect, it } from 'vitest';
import { chooseLecture, isPreview, type VideoFacts } from '@/utils/video/choose-lecture';

const lecture: VideoFacts = {
  width: 960,
  height: 540,
  visibleFraction: 1,
  hidden: false,
  hasSource: true,
  controls: true,
  muted: false,
  autoplay: false,
  loop: false,
  paused: true,
  currentTime: 0,
  duration: 3600,
  adLike: false,
};
const preview: VideoFacts = {
  ...lecture,
  width: 320,
  height: 180,
  controls: false,
  muted: true,
  autoplay: true,
  paused: false,
  duration: 30,
};
const video = (overrides: Partial<VideoFacts>): VideoFacts => ({ ...lecture, ...overrides });

describe('chooseLecture', () => {
  it.each<[string, VideoFacts[], ReturnType<typeof chooseLecture>]>([
    ['no videos', [], null],
    ['one plain lecture', [lecture], { main: 0, companions: [] }],
    ['a lecture among muted autoplay previews', [preview, preview, lecture, preview], { main: 2, companions: [] }],
    ['only previews', [preview, preview], null],
    [
      'a large muted background loop',
      [video({ width: 1280, height: 720, muted: true, loop: true, controls: false })],
      null,
    ],
    ['a thumbnail-sized video with controls', [video({ width: 160, height: 90 })], null],
    ['a hidden video', [video({ hidden: true })], null],
    ['a video without a source yet', [video({ hasSource: false })], null],
    [
      'an ad beside the lecture',
      [video({ adLike: true, width: 1280, height: 720 }), lecture],
      { main: 1, companions: [] },
    ],
    [
      'the playing, audible one over a bigger paused muted one',
      [
        video({ width: 1000, height: 560, muted: true, duration: 600 }),
        video({ width: 800, height: 450, paused: false }),
      ],
      { main: 1, companions: [] },
    ],
    [
      'the visible one over one scrolled away',
      [video({ visibleFraction: 0, duration: 1200 }), video({ width: 800, height: 450 })],
      { main: 1, companions: [] },
    ],
    [
      'a custom-controls player without `controls` (YouTube) playing with sound',
      [preview, video({ controls: false, paused: false, currentTime: 12 })],
      { main: 1, companions: [] },
    ],
  ])('%s', (_name, videos, expected) => {
    expect(chooseLecture(videos)).toEqual(expected);
  });

  describe('on a page with two lectures', () => {
    const big = video({ width: 1280, height: 720, duration: 3000 });
    const small = video({ width: 480, height: 270, duration: 1800 });

    it('takes the one playing, however small', () => {
      expect(chooseLecture([big, { ...small, paused: false }])?.main).toBe(1);
      expect(chooseLecture([{ ...big, paused: false }, small], undefined, 1)?.main).toBe(0);
    });

    it('takes the one played or pressed on last when neither plays', () => {
      expect(chooseLecture([big, small], 0, 1)?.main).toBe(1);
      expect(chooseLecture([small, big], 1, 0)?.main).toBe(0);
    });

    it('takes the biggest visible one when the student has played neither', () => {
      expect(chooseLecture([small, big])?.main).toBe(1);
      expect(
        chooseLecture([
          { ...small, width: 800, height: 450 },
          { ...big, visibleFraction: 0 },
        ])?.main,
      ).toBe(0);
    });

    it('takes the bigger of two playing ones', () => {
      expect(
        chooseLecture(
          [
            { ...small, paused: false },
            { ...big, paused: false },
          ],
          0,
          0,
        )?.main,
      ).toBe(1);
    });

    it('never takes a muted preview for the one pressed on last', () => {
      expect(chooseLecture([big, preview], 0, 1)?.main).toBe(0);
      expect(chooseLecture([big, { ...preview, paused: true }], 0, 1)?.main).toBe(0);
    });
  });

  it('takes two synchronised streams (Panopto: slides with sound, muted camera) as one lecture', () => {
    const screen = video({ controls: false, paused: false, currentTime: 100.2, duration: 3000 });
    const camera = video({
      width: 320,
      height: 240,
      controls: false,
      muted: true,
      paused: false,
      currentTime: 100,
      duration: 3000.4,
    });
    expect(chooseLecture([camera, screen])).toEqual({ main: 1, companions: [0] });
  });

  it('does not take a second lecture of the same length, with its own sound and controls, as a companion', () => {
    expect(chooseLecture([lecture, video({ width: 400, height: 225 })])).toEqual({ main: 0, companions: [] });
  });

  it('does not take an unrelated preview as a companion', () => {
    expect(chooseLecture([lecture, preview])).toEqual({ main: 0, companions: [] });
  });

  it('keeps the chosen lecture when the student mutes it in a player without `controls` (YouTube)', () => {
    const muted = video({ controls: false, muted: true, paused: false, currentTime: 30 });
    expect(chooseLecture([preview, muted])).toBeNull();
    expect(chooseLecture([preview, muted], 1)).toEqual({ main: 1, companions: [] });
  });

  it('stops calling a preview a preview once the student unmutes it or it shows controls', () => {
    expect(isPreview(preview)).toBe(true);
    expect(isPreview({ ...preview, muted: false })).toBe(false);
    expect(isPreview({ ...preview, controls: true })).toBe(false);
  });
});
