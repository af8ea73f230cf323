/**
 * The note shortcut as the always-on script matches it. Its key and default are read natively
 * (utils/settings/native-keys.ts), never through utils/settings/items.ts, whose storage items
 * would pull WXT's storage module into every page.
 */
import { DEFAULT_NOTE_SHORTCUT, type Shortcut } from '../settings/native-keys';

/** The event is the shortcut: the same `code` and the same modifiers (every field of a Shortcut). */
export function matchesShortcut(event: Pick<KeyboardEvent, keyof Shortcut>, shortcut: Shortcut): boolean {
  return (Object.keys(DEFAULT_NOTE_SHORTCUT) as (keyof Shortcut)[]).every((field) => event[field] === shortcut[field]);
}
