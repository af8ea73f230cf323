/**
 * Hands control back to the page between pieces of slow work: after `sliceMs` of work, the next
 * `step()` waits for `pause()` (a new task) before going on. The one clock the export runner uses.
 */
export interface Pacer {
  /** Pauses when the slice is used up, calling `beforePause` first (to show progress meanwhile). */
  step(beforePause?: () => void): Promise<void>;
}

export const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0));

export function pacer(pause: () => Promise<void> = nextTask, sliceMs = 12): Pacer {
  let sliceStart = performance.now();
  return {
    async step(beforePause) {
      if (performance.now() - sliceStart < sliceMs) return;
      beforePause?.();
      await pause();
      sliceStart = performance.now();
    },
  };
}
