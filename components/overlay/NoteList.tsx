import type { ComponentChildren } from 'preact';
import type { Note } from '@/utils/model/notes';
import { NoteEditor } from './NoteEditor';
import { NoteItem } from './NoteItem';

interface Props {
  notes: Note[] | undefined;
  /** The note being edited in place, if any. */
  editingId: string | null;
  onSeek: (time: number) => void;
  onEdit: (note: Note | null) => void;
  onSaveEdit: (note: Note, text: string, kind: Note['kind']) => Promise<void>;
  onDelete: (note: Note) => void;
  /** A note's snapshot thumbnail (the overlay loads it through the background). */
  renderSnapshot?: (note: Note) => ComponentChildren;
}

/** The current lecture's notes by video time, each editable in place. */
export function NoteList({ notes, editingId, onSeek, onEdit, onSaveEdit, onDelete, renderSnapshot }: Props) {
  if (notes === undefined) return <p aria-busy="true">Loading your notes…</p>;
  if (notes.length === 0) {
    return <p class="empty">No notes on this lecture yet. Press Add note (or the note shortcut) to pin one here.</p>;
  }
  return (
    <ol class="note-list" aria-label="Notes on this lecture">
      {notes.map((note) =>
        note.id === editingId ? (
          <li key={note.id} class="note-item editing">
            <NoteEditor
              time={note.time}
              initialText={note.text}
              initialKind={note.kind}
              caption={note.caption}
              saveLabel="Save changes"
              onSave={(text, kind) => onSaveEdit(note, text, kind)}
              onCancel={() => onEdit(null)}
            />
          </li>
        ) : (
          <NoteItem
            key={note.id}
            note={note}
            onSeek={onSeek}
            onEdit={onEdit}
            onDelete={onDelete}
            snapshot={renderSnapshot?.(note)}
          />
        ),
      )}
    </ol>
  );
}
