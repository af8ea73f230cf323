import type { ComponentChildren } from 'preact';
import type { Note } from '@/utils/model/notes';

interface Props {
  status: { message: string; undo?: Note; error?: boolean } | null;
  /** An offer to show when there is no news (an unsaved note, else "Continue from"). */
  offer: ComponentChildren;
  /** How the note shortcut reads, e.g. "Alt+N". */
  shortcut: string;
  onUndo: (note: Note) => void;
}

/**
 * The strip's second line, under Add note and Notes: what just happened (with Undo), else an
 * offer, else the note shortcut. One line, cut to fit: the strip keeps one size whatever it says,
 * so a page measuring Lectern's host learns nothing from it (overlay.css, `.overlay:not(.wide)`).
 */
export function StripLine({ status, offer, shortcut, onUndo }: Props) {
  return (
    <div class="line">
      <p class={`status${status?.error ? ' error' : ''}`} role="status">
        {status?.message ?? ''}
        {status?.undo ? (
          <button type="button" class="small" onClick={() => status.undo && onUndo(status.undo)}>
            Undo
          </button>
        ) : null}
      </p>
      {status ? null : (offer ?? <p class="hint">{shortcut} adds a note at this moment</p>)}
    </div>
  );
}
