/**
 * The speed settings the overlay controller reads natively (`browser.storage.local` by key, like
 * native-keys.ts): the speed shortcuts, and each site's default speed (written by the background,
 * utils/background/site-speeds.ts). Imports nothing at runtime. The always-on script never
 * imports this file: speed is handled only in a frame with a lecture (utils/speed/).
 */
import type { Shortcut } from './native-keys';

export type SpeedCommandName = 'slower' | 'faster' | 'reset';
export type SpeedShortcuts = Record<SpeedCommandName, Shortcut>;

const withAlt = (code: string): Shortcut => ({ code, altKey: true, ctrlKey: false, shiftKey: false, metaKey: false });

/**
 * Alt+, Alt+. Alt+/ : no major course player uses them (YouTube, Coursera, Kaltura and Panopto
 * take Shift+< and Shift+> for speed, Udemy Shift+↑/↓, Vimeo and edX's video.js none; Alt with a
 * letter opens a browser menu in Firefox; Alt with a digit switches tabs in Chromium on Linux).
 */
export const SPEED_SHORTCUTS_KEY = 'speedShortcuts';
export const DEFAULT_SPEED_SHORTCUTS: SpeedShortcuts = {
  slower: withAlt('Comma'),
  faster: withAlt('Period'),
  reset: withAlt('Slash'),
};

/** Host name → the speed last chosen on that site: a lecture without its own speed starts there. */
export const SITE_SPEEDS_KEY = 'siteSpeeds';
export type SiteSpeeds = Record<string, number>;
