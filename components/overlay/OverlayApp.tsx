import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '@/utils/db/database';
import { useDebouncedSaver } from '@/utils/hooks/use-draft-saver';
import { useSetting } from '@/utils/hooks/use-setting';
import { formatVideoTime } from '@/utils/model/video-time';
import type { Draft } from '@/utils/notes/drafts';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { FrameLecture, ToFrame } from '@/utils/overlay/frame-messages';
import { describeShortcut, matchesShortcut } from '@/utils/overlay/shortcut';
import { noteShortcutSetting } from '@/utils/settings/items';
import { DEFAULT_NOTE_SHORTCUT } from '@/utils/settings/native-keys';
import { DraftOffer } from './DraftOffer';
import { type EditableKind, NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { OverlayBar } from './OverlayBar';
import { OverlayReviewPrompt } from './OverlayReviewPrompt';
import { ResumeOffer } from './ResumeOffer';

interface EditorState {
  time: number;
  text: string;
  kind: EditableKind;
}
interface Status {
  message: string;
  undo?: Note;
  error?: boolean;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The overlay's UI over the lecture: Add note, the editor, the notes panel, offers to resume. */
export function OverlayApp({ bridge }: { bridge: OverlayBridge }) {
  const [lecture, setLecture] = useState<FrameLecture | null>(null);
  const [notes, setNotes] = useState<Note[] | undefined>(undefined);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [resumeAt, setResumeAt] = useState<number | null>(null);
  const [shortcut] = useSetting(noteShortcutSetting);
  const addButton = useRef<HTMLButtonElement>(null);
  const openedFromUi = useRef(false);
  const state = useRef({ lecture, draft });
  state.current = { lecture, draft };
  /** This lecture's saved draft, loading (the editor reopened after a reload waits for it). */
  const draftLoad = useRef<Promise<Draft | null>>(Promise.resolve(null));
  const reopening = useRef(false);

  const drafts = useDebouncedSaver((next: EditorState & { lectureKey: string }) => {
    void bridge.send('draft/save', { lectureKey: next.lectureKey, text: next.text, time: next.time, kind: next.kind });
  });

  const refresh = async (key: string) => {
    try {
      setNotes((await bridge.send('note/list', { lectureKey: key })).notes);
    } catch (error) {
      setStatus({ message: `Lectern could not load your notes: ${errorText(error)}`, error: true });
    }
  };

  /** Opens the editor with the saved draft, if any, else empty at `time`. */
  const openEditor = (saved: Draft | null, time: number) => {
    setDraft(null);
    setEditor(
      saved
        ? { time: saved.time, text: saved.text, kind: saved.kind as EditableKind }
        : { time, text: '', kind: 'note' },
    );
    bridge.post({ type: 'editor-opened', time: saved?.time ?? time });
  };

  useEffect(
    () =>
      bridge.listen((message: ToFrame) => {
        if (message.type === 'lecture') {
          setLecture(message.lecture);
          setResumeAt(message.lecture?.resumeAt ?? null);
          setEditor(null);
          setNotes(undefined);
          setDraft(null);
          state.current.lecture = message.lecture;
          if (!message.lecture) return;
          const key = message.lecture.key;
          void refresh(key);
          draftLoad.current = bridge.send('draft/get', { lectureKey: key }).then(
            ({ draft: saved }) => saved,
            () => null,
          );
          void draftLoad.current.then((saved) => {
            if (state.current.lecture?.key === key && !reopening.current) setDraft(saved);
          });
        } else if (message.type === 'open-editor' && message.reopen) {
          // This document loaded anew while the editor was open (Firefox, a fullscreen move): the
          // text comes back from the draft the old document saved as it went.
          reopening.current = true;
          void draftLoad.current.then((saved) => {
            reopening.current = false;
            openEditor(saved, message.time);
          });
        } else if (message.type === 'open-editor') {
          setStatus(null);
          openEditor(state.current.draft, message.time);
        } else if (message.type === 'playback') {
          setResumeAt((at) => (at !== null && message.time > at - 2 ? null : at));
        }
      }),
    [bridge],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, shortcut ?? DEFAULT_NOTE_SHORTCUT)) return;
      event.preventDefault();
      openedFromUi.current = true;
      bridge.post({ type: 'request-editor' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [bridge, shortcut]);

  const closeEditor = (saved: boolean) => {
    setEditor(null);
    bridge.post({ type: 'editor-closed', saved, refocusPage: !openedFromUi.current });
    if (openedFromUi.current) addButton.current?.focus();
    openedFromUi.current = false;
  };

  const saveNote = async (text: string, kind: EditableKind) => {
    if (!lecture || !editor) return;
    await bridge.send('note/add', { lectureKey: lecture.key, time: editor.time, kind, text });
    drafts.cancel();
    void bridge.send('draft/clear', { lectureKey: lecture.key });
    setStatus({ message: `Saved at ${formatVideoTime(editor.time)}.` });
    closeEditor(true);
    await refresh(lecture.key);
  };

  const deleteNote = async (note: Note) => {
    try {
      await bridge.send('note/delete', { id: note.id });
      setStatus({ message: 'Note deleted.', undo: note });
    } catch (error) {
      setStatus({ message: `Lectern could not delete the note: ${errorText(error)}`, error: true });
    }
    if (lecture) await refresh(lecture.key);
  };

  const undoDelete = async (note: Note) => {
    try {
      await bridge.send('note/restore', { note });
      setStatus({ message: 'Note restored.' });
    } catch (error) {
      setStatus({ message: `Lectern could not restore the note: ${errorText(error)}`, error: true });
    }
    if (lecture) await refresh(lecture.key);
  };

  const saveEdit = async (note: Note, text: string, kind: Note['kind']) => {
    await bridge.send('note/update', { id: note.id, changes: { text, kind: kind as EditableKind } });
    setEditingId(null);
    setStatus({ message: 'Changes saved.' });
    if (lecture) await refresh(lecture.key);
  };

  // The review prompt listens from the start (the same instance once the lecture is there): after
  // the UI loads anew, the controller sends the lecture and the prompt shown before back to back.
  const reviewPrompt = <OverlayReviewPrompt key="review-prompt" bridge={bridge} />;
  if (!lecture)
    return (
      <div class="overlay" hidden>
        {reviewPrompt}
      </div>
    );
  const wide = editor !== null || panelOpen || draft !== null || resumeAt !== null;
  return (
    <div class={`overlay${wide ? ' wide' : ''}`}>
      <OverlayBar
        addButton={addButton}
        shortcut={describeShortcut(shortcut ?? DEFAULT_NOTE_SHORTCUT)}
        noteCount={notes?.length ?? null}
        panelOpen={panelOpen}
        status={status}
        onAdd={() => {
          openedFromUi.current = true;
          bridge.post({ type: 'request-editor' });
        }}
        onTogglePanel={() => {
          // Closing it: the controller may go back into the fullscreen a click on Notes left.
          if (panelOpen) bridge.post({ type: 'panel-closed' });
          setPanelOpen(!panelOpen);
        }}
        onUndo={(note) => void undoDelete(note)}
      />
      {reviewPrompt}
      {resumeAt !== null ? (
        <ResumeOffer
          at={resumeAt}
          onResume={() => {
            bridge.post({ type: 'seek', time: resumeAt });
            setResumeAt(null);
          }}
          onDismiss={() => setResumeAt(null)}
        />
      ) : null}
      {draft && !editor ? (
        <DraftOffer
          draft={draft}
          onRestore={() => {
            openedFromUi.current = true;
            setEditor({ time: draft.time, text: draft.text, kind: draft.kind as EditableKind });
            setDraft(null);
            bridge.post({ type: 'editor-opened', time: draft.time });
          }}
          onDiscard={() => {
            setDraft(null);
            void bridge.send('draft/clear', { lectureKey: lecture.key });
          }}
        />
      ) : null}
      {editor ? (
        <NoteEditor
          key={`${editor.time}-${editor.text.length}`}
          time={editor.time}
          initialText={editor.text}
          initialKind={editor.kind}
          onSave={saveNote}
          onCancel={() => closeEditor(false)}
          onChange={(text, kind) => drafts.schedule({ lectureKey: lecture.key, time: editor.time, text, kind })}
        />
      ) : null}
      {panelOpen ? (
        <section class="notes-panel" aria-label="Notes on this lecture">
          <NoteList
            notes={notes}
            editingId={editingId}
            onSeek={(time) => bridge.post({ type: 'seek', time })}
            onEdit={(note) => setEditingId(note?.id ?? null)}
            onSaveEdit={saveEdit}
            onDelete={(note) => void deleteNote(note)}
          />
        </section>
      ) : null}
    </div>
  );
}
