import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTE_SHORTCUT } from '@/utils/settings/native-keys';
import { matchesShortcut } from '@/utils/video/shortcut';

describe('the note shortcut in the always-on script', () => {
  it.each([
    [{ code: 'KeyN', altKey: true }, true],
    [{ code: 'KeyN', altKey: false }, false],
    [{ code: 'KeyN', altKey: true, shiftKey: true }, false],
    [{ code: 'KeyM', altKey: true }, false],
    [{ code: 'KeyN', altKey: true, ctrlKey: true }, false],
  ])('matches %o: %s', (init, expected) => {
    expect(matchesShortcut(new KeyboardEvent('keydown', init), DEFAULT_NOTE_SHORTCUT)).toBe(expected);
  });

  it('follows a changed shortcut', () => {
    const ctrlShiftK = { code: 'KeyK', altKey: false, ctrlKey: true, shiftKey: true, metaKey: false };
    expect(
      matchesShortcut(new KeyboardEvent('keydown', { code: 'KeyK', ctrlKey: true, shiftKey: true }), ctrlShiftK),
    ).toBe(true);
  });
});
