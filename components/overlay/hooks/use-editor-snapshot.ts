import { useRef, useState } from 'preact/hooks';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { WireSnapshot } from '@/utils/protocol/snapshots';
import { useFrameMessage } from './use-frame-message';

/** The open editor's snapshot: being captured, captured, or why there is none. */
export type EditorSnapshot = { capturing: true } | { image: WireSnapshot } | { error: string };

/**
 * "Note with snapshot" in the overlay's UI: asks the page-side controller for the frame on screen
 * (utils/overlay/controller/snapshot.ts) and keeps it for the open editor; once the note is saved,
 * stores it through the background (`snapshot/save`, which checks the bytes). A capture answered
 * after the editor moved on (a newer request, or closed) is dropped.
 */
export function useEditorSnapshot(bridge: OverlayBridge) {
  const [snapshot, setSnapshot] = useState<EditorSnapshot | null>(null);
  const request = useRef(0);

  const settled = useRef<{ id: number; done: Promise<EditorSnapshot>; resolve(value: EditorSnapshot): void } | null>(
    null,
  );

  useFrameMessage(bridge, (message) => {
    if (message.type !== 'snapshot' || message.id !== request.current) return;
    const result: EditorSnapshot = message.image
      ? { image: message.image }
      : { error: message.error ?? 'No frame was captured.' };
    setSnapshot(result);
    if (settled.current?.id === message.id) settled.current.resolve(result);
  });

  const clear = () => {
    request.current++;
    settled.current?.resolve({ error: 'cleared' });
    settled.current = null;
    setSnapshot(null);
  };

  return {
    snapshot,
    /** Captures the frame on screen now. */
    take() {
      clear();
      const id = request.current;
      let resolve: (value: EditorSnapshot) => void = () => undefined;
      const done = new Promise<EditorSnapshot>((settle) => {
        resolve = settle;
      });
      settled.current = { id, done, resolve };

      setSnapshot({ capturing: true });
      bridge.post({ type: 'capture-snapshot', id });
    },
    clear,
    /**
     * Stores the captured image (waiting for a capture under way) as the note's. Resolves with a
     * sentence when the note was saved without it, null when stored or there was none.
     */
    async storeFor(noteId: string): Promise<string | null> {
      const current = settled.current;
      const result = current ? await current.done : null;
      if (!result || 'capturing' in result) return null;
      if ('error' in result) return result.error;
      try {
        const { saved } = await bridge.send('snapshot/save', { noteId, image: withoutMime(result.image) });
        return saved ? null : 'The snapshot was not kept: its note is gone.';
      } catch (error) {
        return `The snapshot was not kept (${error instanceof Error ? error.message : String(error)}).`;
      }
    },
  };
}

const withoutMime = ({ width, height, base64 }: WireSnapshot) => ({ width, height, base64 });
