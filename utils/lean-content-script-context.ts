/**
 * A lean stand-in for WXT's ContentScriptContext, swapped in (wxt.config.ts) for the scripts
 * injected into every frame or every lecture frame, where WXT's full context (location watcher,
 * loggers, timers) would be ~3 KB of the 8 KB budget. Same contract for what they use: `signal`,
 * `onInvalidated`, `isValid`, `setTimeout`; and a "a newer copy of this script started" event like
 * WXT's, so an extension update stops the old copy (and a page faking it does not). Do not use
 * other `ctx` methods in those entrypoints (they are not here).
 *
 * The event is not keyed by `runtime.id` as WXT's is: the first touch of an extension API costs in
 * every frame (~0.5 ms measured on the churn page, `npm run bench`), and the always-on script must
 * not pay it on pages without a lecture. The API is touched only when the event is heard.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  readonly #controller = new AbortController();

  constructor(contentScriptName: string, _options?: unknown) {
    const type = `lectern:${contentScriptName}:content-script-started`;
    // Announce first, then listen: dispatching is synchronous, so this copy never hears itself.
    document.dispatchEvent(new Event(type));
    // Only a real update stops this copy: the page can dispatch this event too (it is a DOM
    // event), but it cannot invalidate our extension context, which an update always does.
    document.addEventListener(type, () => this.isInvalid, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
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
