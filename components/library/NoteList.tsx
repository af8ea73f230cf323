import { useNotesWithSnapshots } from '@/utils/hooks/use-snapshots';
import type { Note } from '@/utils/model/notes';
import { CaptionQuote } from '../shared/CaptionQuote';
import { KIND_LABELS } from '../shared/labels';
import { NoteConflict } from './NoteConflict';
import { StoredSnapshot } from './StoredSnapshot';
import { TimeButton } from './TimeButton';

interface Props {
  notes: Note[];
  onOpenAt: (time: number) => void;
  opening?: boolean;
}

/** A lecture's notes by video time (with their snapshots); each time opens the lecture at that moment. */
export function NoteList({ notes, onOpenAt, opening }: Props) {
  const withSnapshots = useNotesWithSnapshots(notes.map((note) => note.id));
  return (
    <ol class="note-list" aria-label="Notes">
      {notes.map((note) => (
        <li key={note.id} class={`note-row kind-${note.kind}`}>
          <TimeButton time={note.time} onOpen={onOpenAt} label={note.text.slice(0, 80)} disabled={opening} />
          <span class="kind-badge">{KIND_LABELS[note.kind]}</span>
          <span class="note-text" dir="auto">
            {note.text}
          </span>
          {note.tags.length > 0 ? (
            <span class="note-tags muted">{note.tags.map((tag) => `#${tag}`).join(' ')}</span>
          ) : null}
          {note.conflict ? <NoteConflict note={note} /> : null}
          <CaptionQuote caption={note.caption} />
          {withSnapshots?.has(note.id) ? <StoredSnapshot note={note} /> : null}
        </li>
      ))}
    </ol>
  );
}
