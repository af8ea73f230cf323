/**
 * A lean stand-in for WXT's ContentScriptContext, swapped in (wxt.config.ts) for the scripts
 * injected into a lecture frame, where WXT's full context (location watcher, loggers, timers) would
 * be ~3 KB. Same contract for what they use: `signal`, `onInvalidated`, `isValid`, `setTimeout`;
 * and the "a newer copy of this script started" event of always-on-context.ts, so an extension
 * update stops the old copy (and a page faking it does not). Do not use other `ctx` methods in
 * those entrypoints (they are not here).
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext as AlwaysOnContext } from './always-on-context';

export class ContentScriptContext extends AlwaysOnContext {
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
