import type { RefObject } from 'preact';

interface Props {
  addButton: RefObject<HTMLButtonElement | null>;
  /** How the note shortcut reads, e.g. "Alt+N". */
  shortcut: string;
  noteCount: number | null;
  panelOpen: boolean;
  onAdd: () => void;
  onTogglePanel: () => void;
}

/**
 * The first line of Lectern's strip over the video: Add note and the notes panel toggle. Its
 * two buttons are the only controls a click caught over a bare fullscreen video may press
 * (`data-relayed-press`, utils/overlay/press-at.ts).
 */
export function OverlayBar({ addButton, shortcut, noteCount, panelOpen, ...actions }: Props) {
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
    </div>
  );
}
