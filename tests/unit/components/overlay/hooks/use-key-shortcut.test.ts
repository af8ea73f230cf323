import { act, renderHook } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useKeyShortcut } from '@/components/overlay/hooks/use-key-shortcut';
import { DEFAULT_NOTE_SHORTCUT } from '@/utils/settings/native-keys';

const press = (init: KeyboardEventInit) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  document.dispatchEvent(event);
  return event;
};

describe('useKeyShortcut', () => {
  it('calls back on the shortcut only, keeps that key from the page, and stops on unmount', () => {
    const onPress = vi.fn();
    const { unmount } = renderHook(() => useKeyShortcut(DEFAULT_NOTE_SHORTCUT, onPress));
    expect(press({ code: 'KeyN' }).defaultPrevented).toBe(false);
    expect(onPress).not.toHaveBeenCalled();
    expect(press({ code: 'KeyN', altKey: true }).defaultPrevented).toBe(true);
    expect(onPress).toHaveBeenCalledTimes(1);
    act(() => unmount());
    press({ code: 'KeyN', altKey: true });
    expect(onPress).toHaveBeenCalledTimes(1);
  });
});
