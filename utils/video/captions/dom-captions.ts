/**
 * Keeps a rolling record (caption-buffer.ts) of the captions the lecture's player shows in its own
 * markup (platforms/: `captionDisplayOf`), while the lecture plays. One MutationObserver on the
 * caption display, never polling: each batch of changes reads the few lines shown now. A player
 * that builds its display late is looked for again when the video starts playing.
 */
import { captionDisplayOf } from '../platforms/registry';
import { CaptionBuffer } from './caption-buffer';

export function recordDomCaptions(video: HTMLVideoElement, signal: AbortSignal): CaptionBuffer {
  const buffer = new CaptionBuffer();
  let observed: Element | null = null;
  const observer = new MutationObserver(() => read());
  let read = () => {};

  const watch = () => {
    const display = captionDisplayOf(video);
    if (!display || display.element === observed) return;
    observer.disconnect();
    observed = display.element;
    read = () => buffer.show(display.lines(), video.currentTime);
    observer.observe(display.element, {
      childList: true,
      subtree: true,
      characterData: true,
      ...(display.marksByClass ? { attributes: true, attributeFilter: ['class'] } : {}),
    });
    read();
  };

  watch();
  video.addEventListener('playing', watch, { signal, passive: true });
  signal.addEventListener('abort', () => observer.disconnect());
  return buffer;
}
