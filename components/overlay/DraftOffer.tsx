import type { Draft } from '@/utils/model/drafts';
import { formatVideoTime } from '@/utils/model/video-time';
import { Offer } from './Offer';

/** A note left unsaved here last time (a reload, a crash), offered back. */
export function DraftOffer({ draft, onRestore, onDiscard }: { draft: Draft; onRestore(): void; onDiscard(): void }) {
  return (
    <Offer
      label="Unsaved note"
      action="Restore note"
      onAction={onRestore}
      decline={{ text: 'Discard' }}
      onDecline={onDiscard}
    >
      <p>
        Unsaved note at {formatVideoTime(draft.time)}:{' '}
        <q class="draft-text" dir="auto">
          {draft.text}
        </q>
      </p>
    </Offer>
  );
}
