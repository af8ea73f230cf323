/**
 * Labels that name a player, not a lecture: "Kaltura Player", "Video player", "Embedded media",
 * "YouTube video player". An iframe's title or a player's aria-label is often one of these; a
 * lecture named so would be one of a term's worth of identical names.
 */

const GENERIC_WORDS = new Set(
  (
    'a an the of for in on to this video videos media audio player players embed embedded content html5 html ' +
    'iframe frame window viewer stream streaming clip movie recording lecture playback interactive ' +
    'kaltura panopto youtube vimeo loom jw jwplayer videojs plyr brightcove wistia vidyard mux flowplayer ' +
    'mediaspace echo360 yuja vidgrid mediasite warpwire dailymotion'
  ).split(' '),
);

/** The label is only words like "video", "player", "embedded" and player brands (or empty). */
export function isGenericPlayerLabel(label: string): boolean {
  const words = label
    .toLowerCase()
    .replace(/video\.js/g, 'videojs')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.every((word) => GENERIC_WORDS.has(word));
}
