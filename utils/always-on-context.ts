/**
 * The smallest stand-in for WXT's ContentScriptContext, swapped in (wxt.config.ts) for the
 * always-on script, which runs in every frame and uses only `ctx.signal`. The extended one for the
 * lecture-frame scripts: lean-content-script-context.ts.
 *
 * "A newer copy of this script started": each copy announces itself, and an older copy stops when
 * it hears a newer one after an update invalidated its extension context (a page can fake the
 * event, it cannot invalidate our context). Not keyed by `runtime.id` as WXT's event is: the first
 * touch of an extension API costs in every frame (~0.5 ms measured on the churn page), so the API
 * is touched only when the event is heard.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  protected readonly controller = new AbortController();

  constructor(contentScriptName: string, _options?: unknown) {
    const type = `lectern:${contentScriptName}:content-script-started`;
    // Announce first, then listen: dispatching is synchronous, so this copy never hears itself.
    document.dispatchEvent(new Event(type));
    document.addEventListener(type, () => browser.runtime?.id ?? this.controller.abort('A newer Lectern started'), {
      signal: this.signal,
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }
}
