/**
 * The note shortcut as the always-on script reads it: natively from `browser.storage.local`
 * (key `noteShortcut`), never through utils/settings/items.ts, whose storage items would pull WXT's
 * storage module into every page. tests/unit/utils/video/shortcut.test.ts checks that these
 * copies match the settings.
 */
import type { Shortcut } from '../settings/items';

export const NOTE_SHORTCUT_KEY = 'noteShortcut';
export const DISABLED_SITES_KEY = 'disabledSites';
export const DEFAULT_SHORTCUT: Shortcut = {
  code: 'KeyN',
  altKey: true,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
};

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === shortcut.altKey &&
    event.ctrlKey === shortcut.ctrlKey &&
    event.shiftKey === shortcut.shiftKey &&
    event.metaKey === shortcut.metaKey
  );
}

/** Lectern is off on a host the student listed (also when a frame's parent is on it, where known). */
export function isDisabledHere(disabled: unknown, location: Location): boolean {
  if (!Array.isArray(disabled) || disabled.length === 0) return false;
  const hosts = [location.hostname];
  const ancestors = location.ancestorOrigins;
  if (ancestors)
    for (let index = 0; index < ancestors.length; index++) hosts.push(new URL(ancestors[index] as string).hostname);
  return hosts.some((host) => disabled.includes(host));
}
