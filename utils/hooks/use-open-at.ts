import { useState } from 'preact/hooks';
import { openLectureAt } from '../library/open-lecture';

/**
 * Opens a lecture at a moment and keeps the last failure as a student-facing message,
 * for the view to show (`role="alert"`). `opening` is true while the background works.
 */
export function useOpenAt() {
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const openAt = async (key: string, time: number) => {
    setError(null);
    setOpening(true);
    try {
      await openLectureAt(key, time);
    } catch (failure) {
      setError(`Lectern could not open the lecture: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setOpening(false);
    }
  };
  return { openAt, error, opening, dismiss: () => setError(null) };
}
