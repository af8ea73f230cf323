import { captionDisplayIn, type PlatformPlayer } from './platform';

/**
 * Kaltura's players draw captions themselves: the current player (v7, "playkit") in
 * `.playkit-subtitles`, the older one (v2, mwEmbed) in `.captionContainer`.
 */
export const kalturaPlayer = {
  captions: (video) =>
    captionDisplayIn(video, {
      player: '.playkit-player',
      display: '.playkit-subtitles',
      line: '.playkit-subtitles > div',
    }) ?? captionDisplayIn(video, { player: '.mwPlayerContainer', display: '.captionContainer', line: '.track' }),
} satisfies PlatformPlayer;
