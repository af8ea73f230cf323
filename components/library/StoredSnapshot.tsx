import { useSnapshotImage } from '@/utils/hooks/use-snapshots';
import type { Note } from '@/utils/model/notes';
import { CouldNot } from '../shared/CouldNot';
import { SnapshotThumbnail } from '../shared/SnapshotThumbnail';

/**
 * The thumbnail of a note the list knows has a snapshot (useNotesWithSnapshots): a box of the
 * thumbnail's size while the image is read, then the image (enlarged on click, Enter or Space).
 */
export function StoredSnapshot({ note }: { note: Pick<Note, 'id' | 'text'> }) {
  const { image, error } = useSnapshotImage(note.id);
  if (image === null) return null;
  return (
    <div class="listed-snapshot">
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
