import { useEffect, useRef } from 'preact/hooks';
import type { EditorSnapshot } from './hooks/use-editor-snapshot';

interface Props {
  snapshot: EditorSnapshot | null;
  /** The snapshot shortcut as it reads ("Alt+Shift+N"). */
  shortcut: string;
  onTake: () => void;
  onRemove: () => void;
}

/**
 * The note editor's snapshot: a button to add the frame on screen, then its preview (with Remove),
 * or the sentence saying why this video cannot be captured (the note is saved without it).
 */
export function SnapshotField({ snapshot, shortcut, onTake, onRemove }: Props) {
  const field = useRef<HTMLDivElement>(null);
  const capturing = snapshot !== null && 'capturing' in snapshot;
  // A capture of the visible tab hides Lectern for a moment, which takes the focus out of the
  // editor: once it is done, the student types on where they were.
  useEffect(() => {
    if (capturing || (document.activeElement && document.activeElement !== document.body)) return;
    field.current?.closest('form')?.querySelector('textarea')?.focus();
  }, [capturing]);
  if (snapshot === null || 'error' in snapshot)
    return (
      <div class="snapshot-field" ref={field}>
        <button type="button" onClick={onTake} aria-keyshortcuts={shortcut} title={`Add snapshot (${shortcut})`}>
          Add snapshot
        </button>
        {snapshot ? (
          <p role="status" class="snapshot-error">
            {snapshot.error} The note is saved without it.
          </p>
        ) : null}
      </div>
    );
  if ('capturing' in snapshot)
    return (
      <div class="snapshot-field" ref={field}>
        <p role="status" aria-busy="true">
          Capturing the frame…
        </p>
      </div>
    );
  const { image } = snapshot;
  return (
    <div class="snapshot-field" ref={field}>
      <img
        class="snapshot-preview"
        src={`data:${image.mime};base64,${image.base64}`}
        width={image.width}
        height={image.height}
        alt="Snapshot of the video at this moment"
      />
      <button type="button" class="small" onClick={onRemove}>
        Remove snapshot
      </button>
    </div>
  );
}
