import type { RefObject } from 'preact';
import { describeRate } from '@/utils/speed/rates';
import type { ShownSpeed } from './hooks/use-speed';

interface Props {
  addButton: RefObject<HTMLButtonElement | null>;
  /** How the note shortcut reads, e.g. "Alt+N". */
  shortcut: string;
  noteCount: number | null;
  panelOpen: boolean;
  /** The video's speed: shown for a moment after it changed, and while the strip is hovered. */
  speed?: ShownSpeed | null;
  onAdd: () => void;
  onTogglePanel: () => void;
}

/**
 * The first line of Lectern's strip over the video: Add note and the notes panel toggle. Its
 * two buttons are the only controls a click caught over a bare fullscreen video may press
 * (`data-relayed-press`, utils/overlay/press-at.ts). At its end, the video's speed: shown for a
 * moment after it changes (and announced), and on hover; where nothing moves when it appears.
 */
export function OverlayBar({ addButton, shortcut, noteCount, panelOpen, speed = null, ...actions }: Props) {
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
      {speed ? (
        <span class={`speed${speed.fresh ? ' fresh' : ''}`} aria-live="polite">
          <span class="visually-hidden">Speed </span>
          {describeRate(speed.rate)}
        </span>
      ) : null}
    </div>
  );
}
