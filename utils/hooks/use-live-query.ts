import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from '../db/live-query';

/**
 * Subscribes a component to a Dexie query; re-renders when any context writes what it read.
 * `undefined` while loading, so views show a loading state instead of a false empty state.
 * Extension pages only (the content script never touches IndexedDB).
 */
export function useLiveQuery<T>(
  query: () => Promise<T> | T,
  deps: unknown[] = [],
): { value: T | undefined; error: Error | null } {
  const [state, setState] = useState<{ value: T | undefined; error: Error | null }>({ value: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) =>
        setState({ value: undefined, error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
