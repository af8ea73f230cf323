import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteLectureWithNotes, restoreLectureWithNotes } from '@/utils/db/lectures';
import type { Lecture } from '@/utils/model/lectures';
import { shortenName } from '@/utils/video/naming/name-text';
import { couldNot } from '../shared/could-not';
import { useOfferUndo } from './undo';

/** "Delete lecture": asks first, deletes the lecture with its notes, goes back to the list and offers Undo. */
export function DeleteLecture({ lecture, noteCount }: { lecture: Lecture; noteCount: number | undefined }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const offerUndo = useOfferUndo();
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
  }, [asking]);

  const remove = async () => {
    try {
      const removed = await deleteLectureWithNotes(lecture.key);
      if (!removed) return;
      const notes = removed.notes.length === 1 ? '1 note' : `${removed.notes.length} notes`;
      offerUndo(`Deleted “${shortenName(removed.lecture.title, 80)}” and its ${notes}.`, () =>
        restoreLectureWithNotes(removed),
      );
      location.hash = '#/';
    } catch (failure) {
      setError(couldNot('delete the lecture', failure));
    }
  };

  if (!asking) {
    return (
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        Delete lecture
      </button>
    );
  }
  return (
    <fieldset
      class="confirm"
      aria-labelledby="confirm-delete"
      onKeyDown={(event) => {
        if (event.key === 'Escape') setAsking(false);
      }}
    >
      <legend id="confirm-delete">
        Delete “<span dir="auto">{shortenName(lecture.title, 80)}</span>” and its{' '}
        {noteCount === undefined ? 'notes' : noteCount === 1 ? 'note' : `${noteCount} notes`}? You can undo for a few
        seconds.
      </legend>
      <button ref={confirmButton} type="button" class="danger" onClick={() => void remove()}>
        Delete
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </fieldset>
  );
}
