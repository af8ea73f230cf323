import type { RefObject } from 'preact';
import type { Note } from '@/utils/model/notes';

interface Props {
  addButton: RefObject<HTMLButtonElement | null>;
  /** How the note shortcut reads, e.g. "Alt+N". */
  shortcut: string;
  noteCount: number | null;
  panelOpen: boolean;
  status: { message: string; undo?: Note; error?: boolean } | null;
  onAdd: () => void;
  onTogglePanel: () => void;
  onUndo: (note: Note) => void;
}

/**
 * Lectern's always-visible strip over the video: Add note, the notes panel toggle, and news. Its
 * two buttons are the only controls a click caught over a bare fullscreen video may press
 * (`data-relayed-press`, utils/overlay/press-at.ts).
 */
export function OverlayBar({ addButton, shortcut, noteCount, panelOpen, status, ...actions }: Props) {
  return (
    <div class="bar" role="toolbar" aria-label="Lectern">
      <button
        type="button"
        ref={addButton}
        class="primary"
        data-relayed-press
        aria-keyshortcuts={shortcut.replace('⌘', 'Meta')}
        title={`Add a note at this moment (${shortcut})`}
        onClick={actions.onAdd}
      >
        Add note
      </button>
      <button type="button" data-relayed-press aria-expanded={panelOpen} onClick={actions.onTogglePanel}>
        Notes{noteCount === null ? '' : ` (${noteCount})`}
      </button>
      <p class={`status${status?.error ? ' error' : ''}`} role="status">
        {status?.message ?? ''}
        {status?.undo ? (
          <button type="button" class="small" onClick={() => status.undo && actions.onUndo(status.undo)}>
            Undo
          </button>
        ) : null}
      </p>
    </div>
  );
}
