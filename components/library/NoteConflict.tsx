import { useState } from 'preact/hooks';
import { resolveNoteConflict } from '@/utils/db/note-conflicts';
import type { Note } from '@/utils/model/notes';
import type { ConflictChoice } from '@/utils/model/sync';
import { CouldNot } from '../shared/CouldNot';

/**
 * A note edited on two devices before they synced: the other version, shown beside this one, and
 * the student's choice (keep this, keep the other, keep both). Nothing is dropped until they choose.
 */
export function NoteConflict({ note }: { note: Note }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!note.conflict) return null;
  const choose = async (choice: ConflictChoice) => {
    setBusy(true);
    try {
      await resolveNoteConflict(note.id, choice, Date.now());
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset class="note-conflict">
      <legend>
        <strong class="conflict-mark">Conflict</strong>: this note was changed on another device too
      </legend>
      <p>The other version:</p>
      <blockquote class="conflict-other">{note.conflict.text}</blockquote>
      <p class="actions">
        <button type="button" disabled={busy} onClick={() => void choose('this')}>
          Keep this
        </button>
        <button type="button" disabled={busy} onClick={() => void choose('other')}>
          Keep the other
        </button>
        <button type="button" disabled={busy} onClick={() => void choose('both')}>
          Keep both
        </button>
      </p>
      {error ? <CouldNot what="resolve the conflict" error={error} /> : null}
    </fieldset>
  );
}
