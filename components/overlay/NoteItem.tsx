import type { ComponentChildren } from 'preact';
import type { Note } from '@/utils/model/notes';
import { formatVideoTime } from '@/utils/model/video-time';
import { CaptionQuote } from '../shared/CaptionQuote';
import { KIND_LABELS } from '../shared/labels';

interface Props {
  note: Note;
  onSeek: (time: number) => void;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
  /** The note's snapshot thumbnail, if any (NoteSnapshot.tsx). */
  snapshot?: ComponentChildren;
}

/** One note in the overlay's list: its time (plays from there), kind, text and actions. */
export function NoteItem({ note, onSeek, onEdit, onDelete, snapshot }: Props) {
  const time = formatVideoTime(note.time);
  const excerpt = note.text.length > 60 ? `${note.text.slice(0, 60)}…` : note.text;
  const actionButton = (action: 'Edit' | 'Delete', onClick: (note: Note) => void) => (
    <button
      type="button"
      class="small"
      aria-label={`${action} note at ${time}: ${excerpt}`}
      onClick={() => onClick(note)}
    >
      {action}
    </button>
  );
  return (
    <li class={`note-item kind-${note.kind}`}>
      <div class="note-head">
        <button type="button" class="time-link" aria-label={`Play from ${time}`} onClick={() => onSeek(note.time)}>
          {time}
        </button>
        <span class="kind-badge">{KIND_LABELS[note.kind]}</span>
        <span class="note-actions">
          {actionButton('Edit', onEdit)}
          {actionButton('Delete', onDelete)}
        </span>
      </div>
      <p class="note-text" dir="auto">
        {note.text}
      </p>
      <CaptionQuote caption={note.caption} />
      {snapshot}
    </li>
  );
}
