import { useEffect, useRef, useState } from 'preact/hooks';
import { listLecturesByRecent } from '../db/lectures';
import { liveQuery } from '../db/live-query';
import { listAllNotes } from '../db/notes';
import { NoteSearchIndex } from '../library/search';

/**
 * A search index over every note, kept live: whenever any context writes notes or lectures,
 * the index is brought in step incrementally (only what changed is re-indexed). `version`
 * changes with each update so views re-run their search; `ready` is false until the first build.
 */
export function useNoteSearch() {
  const index = useRef(new NoteSearchIndex());
  const [state, setState] = useState({ version: 0, ready: false, error: null as Error | null });
  useEffect(() => {
    const subscription = liveQuery(async () => ({
      notes: await listAllNotes(),
      lectures: await listLecturesByRecent(),
    })).subscribe({
      next: ({ notes, lectures }) => {
        index.current.sync(notes, lectures);
        setState((previous) => ({ version: previous.version + 1, ready: true, error: null }));
      },
      error: (error: unknown) =>
        setState((previous) => ({
          ...previous,
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    });
    return () => subscription.unsubscribe();
  }, []);
  return { index: index.current, ...state };
}
