import { describe, expect, it } from 'vitest';
import { describeShortcut, matchesShortcut, shortcutFromEvent } from '@/utils/overlay/shortcut';
import { DEFAULT_NOTE_SHORTCUT } from '@/utils/settings/native-keys';

const key = (
  code: string,
  modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {},
) => ({
  code,
  altKey: false,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
  ...modifiers,
});

describe('note shortcut', () => {
  it('matches Alt+N by key position, not with other modifiers', () => {
    expect(matchesShortcut(key('KeyN', { altKey: true }), DEFAULT_NOTE_SHORTCUT)).toBe(true);
    expect(matchesShortcut(key('KeyN', { altKey: true, shiftKey: true }), DEFAULT_NOTE_SHORTCUT)).toBe(false);
    expect(matchesShortcut(key('KeyN'), DEFAULT_NOTE_SHORTCUT)).toBe(false);
  });

  it.each([
    ['a plain letter', key('KeyK'), 'error'],
    ['Shift and a letter', key('KeyK', { shiftKey: true }), 'error'],
    ['space', key('Space'), 'error'],
    ['a modifier alone', key('AltLeft', { altKey: true }), null],
  ])('refuses %s', (_name, event, expected) => {
    const result = shortcutFromEvent(event);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toHaveProperty('error');
  });

  it.each([
    [key('KeyM', { ctrlKey: true, shiftKey: true }), 'Ctrl+Shift+M'],
    [key('F2'), 'F2'],
    [key('Digit1', { altKey: true }), 'Alt+1'],
  ])('takes %o as %s', (event, described) => {
    const result = shortcutFromEvent(event);
    expect(result).not.toHaveProperty('error');
    expect(describeShortcut(result as typeof DEFAULT_NOTE_SHORTCUT)).toBe(described);
  });
});
