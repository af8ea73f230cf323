import { captionDisplayIn, type PlatformPlayer } from './platform';

/** Panopto's viewer draws captions over the video in its own caption box (`.caption-line`s). */
export const panoptoPlayer = {
  captions: (video) =>
    captionDisplayIn(video, {
      player: '#viewerContent, .viewer, #playerContainer',
      display: '#dvSmallCaptions, .captions-container',
      line: '.caption-line, .caption-text',
    }),
} satisfies PlatformPlayer;
