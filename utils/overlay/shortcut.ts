/**
 * The note shortcut as the overlay's UI and the options page read and set it. Whether a key event
 * is the shortcut is the always-on script's test (utils/video/shortcut.ts): one definition for both.
 */
import type { Shortcut } from '../settings/native-keys';

export { matchesShortcut } from '../video/shortcut';

const MODIFIER_CODES = /^(Alt|Control|Shift|Meta|OS)(Left|Right)?$/;

/**
 * The shortcut a key event would set, or why it cannot be one: a combination needs a modifier
 * (Alt, Ctrl or ⌘) unless it is a function key, so plain typing never opens the editor.
 */
export function shortcutFromEvent(event: Pick<KeyboardEvent, keyof Shortcut>): Shortcut | { error: string } | null {
  if (MODIFIER_CODES.test(event.code) || event.code === '') return null;
  const isFunctionKey = /^F([1-9]|1[0-9]|2[0-4])$/.test(event.code);
  if (!isFunctionKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
    return {
      error: 'Use Alt, Ctrl or ⌘ with the key (or a function key such as F2), so typing never opens the editor.',
    };
  }
  return {
    code: event.code,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    shiftKey: event.shiftKey,
    metaKey: event.metaKey,
  };
}

/** "Alt+N", "Ctrl+Shift+F2": how the shortcut reads. */
export function describeShortcut(shortcut: Shortcut): string {
  const key = shortcut.code.replace(/^Key|^Digit/, '');
  return [
    shortcut.ctrlKey && 'Ctrl',
    shortcut.altKey && 'Alt',
    shortcut.shiftKey && 'Shift',
    shortcut.metaKey && '⌘',
    key,
  ]
    .filter(Boolean)
    .join('+');
}
