import type { ComponentChildren } from 'preact';
import type { Note } from '@/utils/model/notes';
import { describeRate } from '@/utils/speed/rates';
import type { ShownSpeed } from './hooks/use-speed';

interface Props {
  status: { message: string; undo?: Note; error?: boolean } | null;
  /** An offer to show when there is no news (an unsaved note, else "Continue from"). */
  offer: ComponentChildren;
  /** How the note shortcut reads, e.g. "Alt+N". */
  shortcut: string;
  /** The video's speed: shown for a moment after it changed, and while the strip is hovered. */
  speed?: ShownSpeed | null;
  onUndo: (note: Note) => void;
}

/**
 * The strip's second line, under Add note and Notes: what just happened (with Undo), else an
 * offer, else the note shortcut; and the video's speed, for a moment after it changed (announced to
 * screen readers) and while the strip is hovered. One line, cut to fit: the strip keeps one size whatever it says,
 * so a page measuring Lectern's host learns nothing from it (overlay.css, `.overlay:not(.wide)`).
 */
export function StripLine({ status, offer, shortcut, speed = null, onUndo }: Props) {
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
      {speed ? (
        <p class={`speed${speed.fresh ? ' fresh' : ' visually-hidden'}`} aria-live="polite">
          Speed {describeRate(speed.rate)}
        </p>
      ) : null}
    </div>
  );
}
