import { useRef } from 'preact/hooks';
import { useNearViewport } from '@/utils/hooks/use-near-viewport';
import { useSnapshotImage } from '@/utils/hooks/use-snapshots';
import type { Note } from '@/utils/model/notes';
import { CouldNot } from '../shared/CouldNot';
import { SnapshotThumbnail } from '../shared/SnapshotThumbnail';

/**
 * The thumbnail of a note the list knows has a snapshot (useNotesWithSnapshots): a box of the
 * thumbnail's size until it nears the viewport and its image is read, then the image (enlarged on
 * click, Enter or Space).
 */
export function StoredSnapshot({ note }: { note: Pick<Note, 'id' | 'text'> }) {
  const box = useRef<HTMLDivElement>(null);
  const { image, error } = useSnapshotImage(note.id, useNearViewport(box));
  if (image === null) return null;
  return (
    <div class="listed-snapshot" ref={box}>
      {error ? (
        <CouldNot what="show this note's snapshot" error={error} />
      ) : image ? (
        <SnapshotThumbnail image={image} noteText={note.text} />
      ) : (
        <span class="snapshot-thumbnail snapshot-pending" aria-hidden="true" />
      )}
    </div>
  );
}
