import { useRef } from 'preact/hooks';
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

const altFor = (noteText: string) => {
  const text = noteText.trim().replace(/\s+/g, ' ');
  return `Snapshot: ${text.length > 120 ? `${text.slice(0, 120)}…` : text || 'the video at this moment'}`;
};

/**
 * A note's snapshot as a thumbnail; a click (or Enter) enlarges it in a modal dialog that Escape or
 * Close closes, giving focus back to the thumbnail. The alt text comes from the note.
 */
export function SnapshotThumbnail({ image, noteText }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const alt = altFor(noteText);
  return (
    <>
      <button
        type="button"
        class="snapshot-thumbnail"
        aria-label={`Enlarge ${alt}`}
        onClick={() => dialog.current?.showModal()}
      >
        <img src={image.src} width={image.width} height={image.height} alt={alt} />
      </button>
      <dialog ref={dialog} class="snapshot-dialog" aria-label={alt}>
        <img src={image.src} width={image.width} height={image.height} alt={alt} />
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
