import { useEffect, useRef } from 'preact/hooks';
import { useSnapshotImage } from '@/utils/hooks/use-snapshots';
import type { Note } from '@/utils/model/notes';
import { reservedBox, snapshotAlt } from '../shared/SnapshotThumbnail';

interface Props {
  note: Pick<Note, 'id' | 'text'>;
  /** Called once the image is decoded, or cannot be (then the page prints without it). */
  onSettled: (noteId: string) => void;
}

/** A note's snapshot under it in the print view, at a size that fits the page beside its text. */
export function PrintedSnapshot({ note, onSettled }: Props) {
  const { image, error } = useSnapshotImage(note.id);
  const picture = useRef<HTMLImageElement>(null);
  useEffect(() => {
    if (image === undefined && !error) return;
    const element = picture.current;
    // decode() waits for the image to load and be ready to paint; a broken image rejects.
    if (!element) onSettled(note.id);
    else
      void element.decode().then(
        () => onSettled(note.id),
        () => onSettled(note.id),
      );
  }, [image, error]);
  if (error) return <p class="muted">This note’s snapshot could not be read.</p>;
  if (!image) return null;
  return (
    <figure class="print-snapshot">
      <img
        ref={picture}
        src={image.src}
        width={image.width}
        height={image.height}
        style={reservedBox(image)}
        alt={snapshotAlt(note.text)}
      />
    </figure>
  );
}
