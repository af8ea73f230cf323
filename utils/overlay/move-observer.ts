/**
 * Tells when an element moves on screen with no scroll or resize event (a page restyles or
 * re-lays out its player, content is inserted above it, a CSS transition slides it), without
 * polling: an IntersectionObserver whose root is shrunk (negative rootMargin) to exactly the
 * element's current box, so that any move by a pixel changes its intersection ratio. After each
 * move it is built again around the new box. Size changes are a ResizeObserver's job (the
 * controller has one); a transition fires the observer once per frame while it runs, and never
 * while nothing moves.
 */
import type { Box } from './position';

/** The rootMargin that shrinks a viewport of `viewport` to `box` (null: nothing to watch). */
export function rootMarginAround(box: Box, viewport: { width: number; height: number }): string | null {
  if (box.width < 1 || box.height < 1) return null;
  const top = Math.floor(box.top);
  const left = Math.floor(box.left);
  const right = Math.floor(viewport.width - (box.left + box.width));
  const bottom = Math.floor(viewport.height - (box.top + box.height));
  return `${-top}px ${-right}px ${-bottom}px ${-left}px`;
}

type ObserverConstructor = new (
  callback: IntersectionObserverCallback,
  options: IntersectionObserverInit,
) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

export interface MoveWatchOptions {
  signal: AbortSignal;
  /** For tests. */
  Observer?: ObserverConstructor;
}

/** Calls `onMove` whenever `element` moves; stops with `signal`. */
export function watchMoves(element: Element, onMove: () => void, { signal, Observer }: MoveWatchOptions): void {
  const Make = Observer ?? (IntersectionObserver as unknown as ObserverConstructor);
  const doc = element.ownerDocument;
  let observer: Pick<IntersectionObserver, 'observe' | 'disconnect'> | null = null;

  const watch = (threshold: number) => {
    observer?.disconnect();
    observer = null;
    if (signal.aborted) return;
    const rect = element.getBoundingClientRect();
    const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
    const rootMargin = rootMarginAround(rect, viewport);
    if (rootMargin === null) return;
    let first = true;
    observer = new Make(
      (entries) => {
        const ratio = entries.at(-1)?.intersectionRatio ?? 0;
        const wasFirst = first;
        first = false;
        if (ratio === threshold) return;
        // The first report tells the ratio at rest (below 1 when part of the element is off
        // screen): watch for a change from that. Any later change is a move.
        if (wasFirst) {
          if (ratio > 0) watch(ratio);
          else watchEntry();
          return;
        }
        onMove();
        watch(1);
      },
      // The document as root: the frame's own viewport, where rootMargin applies (an implicit
      // root in a cross-origin frame ignores it).
      { root: doc, rootMargin, threshold: Math.min(1, Math.max(threshold, 0)) },
    );
    observer.observe(element);
  };

  // Entirely off screen: wait for it to come into the viewport, then watch its box again.
  const watchEntry = () => {
    observer?.disconnect();
    observer = new Make(
      (entries) => {
        if (!entries.at(-1)?.isIntersecting) return;
        onMove();
        watch(1);
      },
      { root: doc, rootMargin: '0px', threshold: 0 },
    );
    observer.observe(element);
  };

  watch(1);
  signal.addEventListener('abort', () => observer?.disconnect(), { once: true });
}
