import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The always-on content script (`lecture`) runs in every frame of every page, so it must stay
 * tiny: it is built without the webextension-polyfill (which WXT's content-script runtime would
 * otherwise pull in). In a content script the native `browser` (Firefox) or `chrome` (Chrome MV3,
 * promise-based) object does everything it needs, and WXT's content-script context is swapped for a
 * lean one (utils/wxt-shims/lean-content-script-context.ts). See utils/video/README.md. The identity script
 * (`lecture-identity`, injected only into a frame with a lecture) is built the same way: it is
 * injected on every lecture page, so small is fast. So is the overlay's page-side controller
 * (`overlay`): its UI is an extension page with the full API, the controller needs only
 * runtime.getURL, runtime.sendMessage and storage.local.get. And the reader the background runs in
 * a tab's top page around a lecture's iframe (`embedding-page`), which uses no extension API at all.
 */
const ALWAYS_ON_SCRIPTS = new Set(['lecture', 'lecture-identity', 'overlay', 'embedding-page']);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => ALWAYS_ON_SCRIPTS.has(entry.name))) return;
      const alias = config.resolve?.alias;
      const shims = [
        { find: /^wxt\/browser$/, replacement: `${import.meta.dirname}/utils/wxt-shims/native-browser.ts` },
        {
          find: /^wxt\/utils\/content-script-context$/,
          // The always-on script uses only `ctx.signal`: the smallest context (every frame pays for it).
          replacement: `${import.meta.dirname}/utils/wxt-shims/${entrypoints.every((entry) => entry.name === 'lecture') ? 'always-on-context' : 'lean-content-script-context'}.ts`,
        },
      ];
      config.resolve ??= {};
      config.resolve.alias = Array.isArray(alias)
        ? [...shims, ...alias]
        : [...shims, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Lectern',
    description:
      'Timestamped notes on any recorded lecture, recall prompts, a focus timer and revision — all on your device.',
    // scripting + host access: inject the identity script and the overlay into the one frame
    // that has a lecture; alarms + notifications: the focus timer (README, "Permissions, and why").
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-timer': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Start or pause the focus timer',
      },
    },
    // The overlay's UI is an extension page framed into the lecture's page (utils/overlay/host.ts):
    // only an extension-origin document keeps the notes and the keys typed into Lectern from the
    // page's scripts. A page can frame it only if it is web-accessible (README, "Permissions").
    // Chrome: only at the per-session dynamic URL that runtime.getURL gives for it, never at the
    // fixed chrome-extension://<id>/ a page could probe to detect Lectern. Firefox: its base is a
    // random per-install UUID already (MV2 has no use_dynamic_url).
    web_accessible_resources:
      browser === 'firefox'
        ? ['overlay-frame.html']
        : [{ resources: ['overlay-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lectern@lectern.study',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
