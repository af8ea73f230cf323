import { useEffect, useRef } from 'preact/hooks';
import { matchesShortcut } from '@/utils/overlay/shortcut';
import type { Shortcut } from '@/utils/settings/native-keys';

/** Calls `onPress` when `shortcut` is pressed in this document (and keeps the key from it). */
export function useKeyShortcut(shortcut: Shortcut, onPress: () => void): void {
  const latest = useRef(onPress);
  latest.current = onPress;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, shortcut)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shortcut]);
}
