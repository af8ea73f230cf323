/**
 * The browser API without the webextension-polyfill, for the always-on content script only.
 * Firefox exposes a promise-based `browser`; Chrome MV3's `chrome` returns promises as well for
 * everything the always-on script calls (runtime.id, runtime.sendMessage, runtime.getURL).
 */
type NativeBrowser = typeof import('webextension-polyfill');
const scope = globalThis as unknown as { browser?: NativeBrowser; chrome?: NativeBrowser };
export const browser = (scope.browser ?? scope.chrome) as NativeBrowser;
export type Browser = NativeBrowser;
