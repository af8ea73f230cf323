import { useEffect, useState } from 'preact/hooks';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { SnapshotImage } from '../../shared/SnapshotThumbnail';

/** A note's snapshot through the background (`snapshot/get`), as an image to show; null: none (or not yet). */
export function useNoteSnapshot(bridge: OverlayBridge, noteId: string, version: number): SnapshotImage | null {
  const [image, setImage] = useState<SnapshotImage | null>(null);
  useEffect(() => {
    let current = true;
    bridge
      .send('snapshot/get', { noteId })
      .then(({ image }) => {
        if (current)
          setImage(
            image
              ? { src: `data:${image.mime};base64,${image.base64}`, width: image.width, height: image.height }
              : null,
          );
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [bridge, noteId, version]);
  return image;
}
