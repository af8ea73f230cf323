/**
 * Notes' snapshots for the extension pages (the library, the print view, options): the seam between
 * their components and utils/db/snapshots.ts. Lists ask first which of their notes have one (keys
 * only), then each shown thumbnail reads its own image, as an object URL revoked when it goes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { deleteAllSnapshots, getSnapshot, notesWithSnapshots, snapshotUsage } from '../db/snapshots';
import { useLiveQuery } from './use-live-query';

/** An image to show: a blob: URL and the size stored with it (so its box is reserved before it loads). */
export interface StoredSnapshotImage {
  src: string;
  width: number;
  height: number;
}

/** Which of these notes have a snapshot, live (undefined while reading). No image is read. */
export function useNotesWithSnapshots(noteIds: readonly string[]): ReadonlySet<string> | undefined {
  const key = noteIds.join('\n');
  const ids = useMemo(() => [...noteIds], [key]);
  return useLiveQuery(() => (ids.length === 0 ? new Set<string>() : notesWithSnapshots(ids)), [key]).value;
}

/**
 * One note's snapshot as an image, live: undefined while reading (or until `read` is true: a list
 * reads a thumbnail once it nears the viewport), null when it has none (or it was deleted
 * meanwhile). The object URL is revoked when the image changes or the component unmounts.
 */
export function useSnapshotImage(
  noteId: string,
  read = true,
): { image: StoredSnapshotImage | null | undefined; error: Error | null } {
  const { value: snapshot, error } = useLiveQuery(
    async () => (read ? ((await getSnapshot(noteId)) ?? null) : undefined),
    [noteId, read],
  );
  const [image, setImage] = useState<StoredSnapshotImage | null | undefined>(undefined);
  useEffect(() => {
    if (!snapshot) {
      setImage(snapshot);
      return;
    }
    const src = URL.createObjectURL(new Blob([snapshot.data as Uint8Array<ArrayBuffer>], { type: snapshot.mime }));
    setImage({ src, width: snapshot.width, height: snapshot.height });
    return () => URL.revokeObjectURL(src);
  }, [snapshot]);
  return { image, error };
}

/** How many snapshots there are and the bytes they take on this device, live. */
export function useSnapshotUsage() {
  return useLiveQuery(snapshotUsage);
}

/** Deletes every snapshot; the notes stay. */
export const deleteEverySnapshot = () => deleteAllSnapshots();
