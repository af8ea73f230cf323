import { useEffect, useRef } from 'preact/hooks';

/**
 * Saves a value a moment after the last change (the note being typed), and right away when the
 * page goes away. `cancel` drops a pending save (the note was saved for real).
 */
export function useDebouncedSaver<T>(save: (value: T) => void, delayMs = 300) {
  const pending = useRef<{ value: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  const flush = () => {
    const current = pending.current;
    if (!current) return;
    clearTimeout(current.timer);
    pending.current = null;
    save(current.value);
  };
  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
  return {
    schedule(value: T) {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { value, timer: setTimeout(flush, delayMs) };
    },
    cancel() {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
    },
  };
}
