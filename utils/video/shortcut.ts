/**
 * The note shortcut as the always-on script matches it. Its key and default are read natively
 * (utils/settings/native-keys.ts), never through utils/settings/items.ts, whose storage items
 * would pull WXT's storage module into every page.
 */
import type { Shortcut } from '../settings/native-keys';

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
