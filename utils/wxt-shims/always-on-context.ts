/**
 * The smallest stand-in for WXT's ContentScriptContext, swapped in (wxt.config.ts) for the
 * always-on script, which runs in every frame of every page: it does nothing at start-up. WXT's
 * context dispatches a "a newer copy started" DOM event and creates an AbortController for every
 * listener; on the churn page that start-up alone measured ~0.3 ms per frame (`npm run bench`),
 * and a page can hear the event (and fake it). Here there is no event at all.
 *
 * An extension update or removal orphans the copy running in open pages (Chrome keeps its
 * listeners; Firefox unloads them). The script asks `isValid` before it acts, and an orphan stops
 * itself then (always-on.ts). The extension API is touched only in that check, not at start-up:
 * its first touch costs in every frame.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  // biome-ignore lint/complexity/noUselessConstructor: WXT constructs it with the script's name and options; neither is needed.
  constructor(_contentScriptName?: string, _options?: unknown) {}

  /** False once an update or removal of the extension orphaned this copy. */
  get isValid(): boolean {
    return browser.runtime?.id != null;
  }
}
