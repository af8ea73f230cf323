/**
 * A lean stand-in for WXT's ContentScriptContext, swapped in (wxt.config.ts) for the scripts
 * injected into a lecture frame, where WXT's full context (location watcher, loggers, timers) would
 * be ~3 KB. Same contract for what they use: `signal`, `onInvalidated`, `isValid`, `setTimeout`.
 * Do not use other `ctx` methods in those entrypoints (they are not here).
 *
 * Unlike WXT's, it dispatches no "a newer copy started" DOM event (the page could hear and fake
 * it). An update or removal of the extension orphans the copies in open pages; a newer copy is
 * injected only by a newer extension, into a newly loaded page. So the old copy stops when it
 * finds out itself: `isValid` checks the extension context, and its timers check it before
 * running.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  // biome-ignore lint/complexity/noUselessConstructor: WXT constructs it with the script's name and options; neither is needed.
  constructor(_contentScriptName?: string, _options?: unknown) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort('Extension context invalidated');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }
}
