import type { Chapter } from '../../prompts/scheduler';
import { chaptersFromStarts, parseClockTime } from '../chapters';
import { captionDisplayIn, type PlatformPlayer } from './platform';

/** The chapter markers of a watch page's description ("Chapters"): each ends where the next starts. */
export function youTubeChapters(doc: Document, duration: number): Chapter[] {
  if (!Number.isFinite(duration) || duration <= 0) return [];
  const starts: { start: number; title: string }[] = [];
  const markers = doc.querySelectorAll('ytd-macro-markers-list-item-renderer');
  for (let index = 0; index < markers.length; index++) {
    const marker = markers[index];
    const start = parseClockTime(marker?.querySelector('#time')?.textContent ?? '');
    const title = marker?.querySelector('h4')?.textContent?.trim() ?? '';
    if (start !== null && !starts.some((seen) => seen.start === start)) starts.push({ start, title });
  }
  return chaptersFromStarts(starts, duration);
}

/**
 * YouTube's player (`.html5-video-player`) plays its ads in the lecture's own video and marks them
 * with a class; it draws captions itself, a segment per line (`.ytp-caption-segment`), in its
 * caption window container.
 */
export const youtubePlayer = {
  chapters: (video) => youTubeChapters(video.ownerDocument, video.duration),
  adMarker: (video) => {
    const player = video.closest('.html5-video-player');
    if (!player) return null;
    const isShowing = () => player.classList.contains('ad-showing') || player.classList.contains('ad-interrupting');
    return { element: player, attribute: 'class', isShowing };
  },
  captions: (video) =>
    captionDisplayIn(video, {
      player: '.html5-video-player',
      display: '.ytp-caption-window-container',
      line: '.ytp-caption-segment',
    }),
} satisfies PlatformPlayer;
