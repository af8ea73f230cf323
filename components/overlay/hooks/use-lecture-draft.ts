import { useRef, useState } from 'preact/hooks';
import { useDebouncedSaver } from '@/utils/hooks/use-draft-saver';
import type { Draft } from '@/utils/model/drafts';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { EditableKind } from '../NoteEditor';
import { useFrameMessage } from './use-frame-message';

/** What is kept of the note being typed (the background adds when). */
export interface DraftChange {
  lectureKey: string;
  time: number;
  text: string;
  kind: EditableKind;
  caption?: string;
}

/**
 * This tab's unsaved note on the lecture (utils/notes/drafts.ts, kept by the background per tab;
 * a tab without one is handed the draft a closed or crashed tab left): loaded with each
 * lecture the controller names and offered back ("Unsaved note at 1:35"), saved a moment after
 * each change while the student types, cleared once the note is saved or the offer discarded.
 * An editor opened again after the UI's document loaded anew takes it instead (`reclaim`): then
 * it is not offered.
 */
export function useLectureDraft(bridge: OverlayBridge) {
  const [offered, setOffered] = useState<Draft | null>(null);
  /** The lecture last named (ahead of any render): a draft that loads after the next one is dropped. */
  const lectureKey = useRef<string | null>(null);
  /** The lecture's saved draft, loading. */
  const load = useRef<Promise<Draft | null>>(Promise.resolve(null));
  const reclaiming = useRef(false);
  const saver = useDebouncedSaver((change: DraftChange) => {
    void bridge.send('draft/save', {
      lectureKey: change.lectureKey,
      text: change.text,
      time: change.time,
      kind: change.kind,
      ...(change.caption ? { caption: change.caption } : {}),
    });
  });

  useFrameMessage(bridge, (message) => {
    if (message.type !== 'lecture') return;
    setOffered(null);
    lectureKey.current = message.lecture?.key ?? null;
    if (!message.lecture) return;
    const key = message.lecture.key;
    load.current = bridge.send('draft/get', { lectureKey: key }).then(
      ({ draft }) => draft,
      () => null,
    );
    void load.current.then((saved) => {
      if (lectureKey.current === key && !reclaiming.current) setOffered(saved);
    });
  });

  return {
    /** The draft offered back, if any. */
    offered,
    /** Takes the offer away (the editor opened). */
    withdraw: () => setOffered(null),
    /** Hands the lecture's draft, once loaded, to `then` instead of offering it. */
    reclaim(then: (saved: Draft | null) => void) {
      reclaiming.current = true;
      void load.current.then((saved) => {
        reclaiming.current = false;
        then(saved);
      });
    },
    /** Keeps the note being typed (a moment after the last change). */
    save: saver.schedule,
    /** The note was saved: its draft goes. */
    clear(key: string) {
      saver.cancel();
      void bridge.send('draft/clear', { lectureKey: key });
    },
    /** The student discarded the offer. */
    discard(key: string) {
      setOffered(null);
      void bridge.send('draft/clear', { lectureKey: key });
    },
  };
}

export type LectureDraft = ReturnType<typeof useLectureDraft>;
