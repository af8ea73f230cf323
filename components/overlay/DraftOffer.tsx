import { formatVideoTime } from '@/utils/model/video-time';
import type { Draft } from '@/utils/notes/drafts';

interface Props {
  draft: Draft;
  onRestore: () => void;
  onDiscard: () => void;
}

/** A note left unsaved here last time (a reload, a crash), offered back. */
export function DraftOffer({ draft, onRestore, onDiscard }: Props) {
  return (
    <section class="offer" aria-label="Unsaved note">
      <p>
        Unsaved note at {formatVideoTime(draft.time)}: <q class="draft-text">{draft.text}</q>
      </p>
      <button type="button" class="primary" onClick={onRestore}>
        Restore note
      </button>
      <button type="button" onClick={onDiscard}>
        Discard
      </button>
    </section>
  );
}
