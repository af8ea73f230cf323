import { useRef } from 'preact/hooks';
import { shortenForAlt } from '@/utils/model/snapshots';
import './snapshot.css';

/** An image to show: a data: or blob: URL and its size in pixels. */
export interface SnapshotImage {
  src: string;
  width: number;
  height: number;
}

interface Props {
  image: SnapshotImage;
  /** The note's text: the image's alt text ("Snapshot: …"). */
  noteText: string;
}

/** A snapshot's alt text, from its note: "Snapshot: <the note's text, at most 120 characters>". */
export const snapshotAlt = (noteText: string) => `Snapshot: ${shortenForAlt(noteText) || 'the video at this moment'}`;

/** The box's shape from the stored size, so the list does not move when the image arrives. */
export const reservedBox = ({ width, height }: { width: number; height: number }) => ({
  aspectRatio: `${width} / ${height}`,
});

/**
 * A note's snapshot as a thumbnail (its box reserved from the stored size); a click (or Enter, or
 * Space: it is a button) enlarges it in a modal dialog that Escape or Close closes, giving focus
 * back to the thumbnail. The alt text comes from the note.
 */
export function SnapshotThumbnail({ image, noteText }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const thumbnail = useRef<HTMLButtonElement>(null);
  const alt = snapshotAlt(noteText);
  return (
    <>
      <button
        ref={thumbnail}
        type="button"
        class="snapshot-thumbnail"
        style={reservedBox(image)}
        aria-label={`Enlarge ${alt}`}
        onClick={() => dialog.current?.showModal()}
      >
        <img src={image.src} width={image.width} height={image.height} alt={alt} />
      </button>
      <dialog ref={dialog} class="snapshot-dialog" aria-label={alt} onClose={() => thumbnail.current?.focus()}>
        <img src={image.src} width={image.width} height={image.height} alt={alt} />
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
