import { listNotesByLecture } from '@/utils/db/notes';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { useOpenAt } from '@/utils/hooks/use-open-at';
import type { Lecture } from '@/utils/model/lectures';
import { Loaded } from '../shared/Loaded';
import { NoteList } from './NoteList';
import { OpenAtError } from './OpenAtError';

/** The notes section of a lecture's page. */
export function LectureNotes({ lecture }: { lecture: Lecture }) {
  const { value: notes, error } = useLiveQuery(() => listNotesByLecture(lecture.key), [lecture.key]);
  const { openAt, error: openError, opening, dismiss } = useOpenAt();
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <OpenAtError error={openError} onDismiss={dismiss} />
      <Loaded value={notes} error={error} failed="read this lecture's notes" loading="Loading notes…">
        {(notes) =>
          notes.length === 0 ? (
            <p class="empty-state">
              No notes on this lecture yet. Open it, and press <kbd>Alt</kbd>+<kbd>N</kbd> (or the “Add note” button
              near the video) at any moment to pin a note there.
            </p>
          ) : (
            <NoteList notes={notes} onOpenAt={(time) => void openAt(lecture.key, time)} opening={opening} />
          )
        }
      </Loaded>
    </section>
  );
}
