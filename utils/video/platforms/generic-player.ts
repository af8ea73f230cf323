import { captionDisplayIn, type PlatformPlayer } from './platform';

/**
 * The web's common players, on any site: video.js (Coursera's and many universities' player; it
 * draws captions in `.vjs-text-track-display`, from tracks the browser may not see) and Plyr
 * (`.plyr__captions`).
 */
export const genericPlayer = {
  captions: (video) =>
    captionDisplayIn(video, {
      player: '.video-js',
      display: '.vjs-text-track-display',
      line: '.vjs-text-track-cue',
    }) ?? captionDisplayIn(video, { player: '.plyr', display: '.plyr__captions', line: '.plyr__caption' }),
} satisfies PlatformPlayer;
