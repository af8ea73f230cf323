/**
 * The viewport for component tests: happy-dom lays nothing out, and its IntersectionObserver never
 * reports. This one reports what a test says is near the viewport: everything observed at once
 * (`near: 'all'`, a short list on screen), or only what `scrollTo` brings near.
 */
import { vi } from 'vitest';

export function stubViewport(near: 'all' | 'none') {
  const watched = new Set<{ target: Element; report(): void }>();
  class NearObserver {
    readonly #callback: IntersectionObserverCallback;
    readonly #mine = new Set<{ target: Element; report(): void }>();
    constructor(callback: IntersectionObserverCallback) {
      this.#callback = callback;
    }
    observe(target: Element) {
      const entry = { isIntersecting: true, target } as IntersectionObserverEntry;
      const watch = { target, report: () => this.#callback([entry], this as unknown as IntersectionObserver) };
      if (near === 'all') queueMicrotask(watch.report);
      else {
        watched.add(watch);
        this.#mine.add(watch);
      }
    }
    disconnect() {
      for (const watch of this.#mine) watched.delete(watch);
      this.#mine.clear();
    }
    unobserve() {}
    takeRecords() {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', NearObserver);
  return {
    /** Whether something inside `element` waits to come near (its observer is set up). */
    watches: (element: Element) => [...watched].some(({ target }) => element.contains(target)),
    /** Brings near the viewport the observed elements inside `element`. */
    scrollTo(element: Element) {
      for (const watch of [...watched]) if (element.contains(watch.target)) watch.report();
    },
  };
}
