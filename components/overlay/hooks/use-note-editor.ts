import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Draft } from '@/utils/model/drafts';
import { formatVideoTime } from '@/utils/model/video-time';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { FrameLecture } from '@/utils/overlay/frame-messages';
import type { EditableKind } from '../NoteEditor';
import { useEditorSnapshot } from './use-editor-snapshot';
import { useFrameMessage } from './use-frame-message';
import type { LectureDraft } from './use-lecture-draft';
import type { Status } from './use-lecture-notes';

/** The open editor: the video time its note is pinned to, and what it starts with. */
export interface EditorState {
  time: number;
  text: string;
  kind: EditableKind;
  /** What the captions said before `time` (the controller reads it), kept with the note. */
  caption?: string;
}

export interface NoteEditorOptions {
  lecture: FrameLecture | null;
  draft: LectureDraft;
  /** Gets focus back when the editor closes, if it was opened from the UI. */
  addButton: RefObject<HTMLButtonElement | null>;
  report(status: Status | null): void;
  /** Loads the lecture's notes again (after a save). */
  refresh(lectureKey: string): Promise<void>;
}

/**
 * The note editor: opened by the controller at the video's time (for the page's note shortcut,
 * or when asked from here: Add note, the shortcut in the UI, a restored draft), with the
 * lecture's draft if there is one. Saves through the background, keeps the draft while the
 * student types, and tells the controller when it opens and closes (it pauses and resumes the
 * video, and gives focus back to the page, unless the editor was opened from here).
 */
export function useNoteEditor(
  bridge: OverlayBridge,
  { lecture, draft, addButton, report, refresh }: NoteEditorOptions,
) {
  const [editor, setEditor] = useState<EditorState | null>(null);
  const openedFromUi = useRef(false);
  const snapshot = useEditorSnapshot(bridge);

  /** Opens the editor with the saved draft, if any, else empty at `time`; the caption said before `time`. */
  const open = (saved: Draft | null, time: number, caption?: string) => {
    draft.withdraw();
    const opened: EditorState = saved
      ? { time: saved.time, text: saved.text, kind: saved.kind as EditableKind }
      : { time, text: '', kind: 'note' };
    // The draft's own caption, else the one read now if the draft is at the same moment.
    const said = saved?.caption ?? (opened.time === time ? caption : undefined);
    setEditor(said ? { ...opened, caption: said } : opened);
    bridge.post({ type: 'editor-opened', time: saved?.time ?? time });
  };

  const close = (saved: boolean) => {
    setEditor(null);
    snapshot.clear();
    bridge.post({ type: 'editor-closed', saved, refocusPage: !openedFromUi.current });
    if (openedFromUi.current) addButton.current?.focus();
    openedFromUi.current = false;
  };

  useFrameMessage(bridge, (message) => {
    if (message.type === 'lecture') {
      setEditor(null);
    } else if (message.type === 'open-editor' && message.reopen) {
      // This document loaded anew while the editor was open (Firefox, a fullscreen move): the
      // text comes back from the draft the old document saved as it went.
      draft.reclaim((saved) => open(saved, message.time, message.caption));
    } else if (message.type === 'open-editor') {
      report(null);
      open(draft.offered, message.time, message.caption);
      if (message.snapshot) snapshot.take();
      else snapshot.clear();
    }
  });

  return {
    editor,
    /** The open editor's snapshot (./use-editor-snapshot.ts). */
    snapshot,
    /** Asks the controller for the editor at the current time (it answers with open-editor), with a snapshot if asked. */
    request(withSnapshot?: boolean) {
      openedFromUi.current = true;
      bridge.post({ type: 'request-editor', ...(withSnapshot ? { snapshot: true } : {}) });
    },
    /** Opens the editor with the draft offered back. */
    restore() {
      const offered = draft.offered;
      if (!offered) return;
      openedFromUi.current = true;
      open(offered, offered.time);
    },
    async save(text: string, kind: EditableKind) {
      if (!lecture || !editor) return;
      let note: { id: string };
      try {
        const { caption } = editor;
        ({ note } = await bridge.send('note/add', {
          lectureKey: lecture.key,
          time: editor.time,
          kind,
          text,
          ...(caption ? { caption } : {}),
        }));
      } catch (error) {
        // Not confirmed (the worker was being stopped, or the note was refused): the editor stays
        // open with the text, and its draft stays, until the background has it.
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Not saved yet (${reason}). Your note is still here: press Enter to try again.`);
      }
      const withoutSnapshot = await snapshot.storeFor(note.id);
      draft.clear(lecture.key);
      const saved = `Saved at ${formatVideoTime(editor.time)}.`;
      report(withoutSnapshot ? { message: `${saved} ${withoutSnapshot}`, error: true } : { message: saved });
      close(true);
      await refresh(lecture.key);
    },
    cancel: () => close(false),
    /** The student typed: keep the draft. */
    change(text: string, kind: EditableKind) {
      if (lecture && editor)
        draft.save({ lectureKey: lecture.key, time: editor.time, text, kind, caption: editor.caption });
    },
  };
}
