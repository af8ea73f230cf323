import type { Shortcut } from '../settings/native-keys';

/** Whether a key event is the given shortcut (by `code`: the same key on every layout). */
export function matchesShortcut(event: Pick<KeyboardEvent, keyof Shortcut>, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === shortcut.altKey &&
    event.ctrlKey === shortcut.ctrlKey &&
    event.shiftKey === shortcut.shiftKey &&
    event.metaKey === shortcut.metaKey
  );
}

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
