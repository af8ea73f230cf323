/**
 * Tells the background that the student watches this frame's lecture: when its video starts
 * playing, and when they press anywhere in a frame of its own (a player embedded in a course page:
 * all of that frame is the player) or on the video. With two players in a page, the note shortcut
 * pressed in the page around them then goes to this one (`lecture/watching`,
 * utils/background/handlers/lectures.ts), not to the one Lectern found last.
 */
import { sendMessage } from '../protocol/send';

export function reportWatching(video: HTMLVideoElement, lectureKey: string, signal: AbortSignal): void {
  const watching = () => {
    sendMessage('lecture/watching', { key: lectureKey }).catch(() => {
      // The background restarts (MV3) or the extension was updated: the next play or press tells it.
    });
  };
  const options = { signal, passive: true, capture: true } as const;
  video.addEventListener('play', watching, options);
  (window.top === window ? video : window).addEventListener('pointerdown', watching, options);
}
