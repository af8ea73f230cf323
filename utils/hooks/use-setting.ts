import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A setting's live value (`undefined` while loading) and a setter that saves it at once.
 * Any context's change (another tab, the background) shows up here.
 */
export function useSetting<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): [T | undefined, (value: T) => Promise<void>] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void item.getValue().then((stored) => {
      if (active) setValue(stored);
    });
    const unwatch = item.watch((next) => setValue(next));
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return [value, (next: T) => item.setValue(next)];
}
