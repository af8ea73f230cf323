import { useRef, useState } from 'preact/hooks';
import { useSetting } from '@/utils/hooks/use-setting';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import { describeShortcut } from '@/utils/overlay/shortcut';
import { noteShortcutSetting, snapshotShortcutSetting } from '@/utils/settings/items';
import { DEFAULT_NOTE_SHORTCUT, DEFAULT_SNAPSHOT_SHORTCUT } from '@/utils/settings/native-keys';
import { DraftOffer } from './DraftOffer';
import { useFrameLecture } from './hooks/use-frame-lecture';
import { useKeyShortcut } from './hooks/use-key-shortcut';
import { useLectureDraft } from './hooks/use-lecture-draft';
import { type Status, useLectureNotes } from './hooks/use-lecture-notes';
import { useNoteEditor } from './hooks/use-note-editor';
import { useResumeOffer } from './hooks/use-resume-offer';
import { useSpeed } from './hooks/use-speed';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { NoteSnapshot } from './NoteSnapshot';
import { OverlayBar } from './OverlayBar';
import { OverlayReviewPrompt } from './OverlayReviewPrompt';
import { ResumeOffer } from './ResumeOffer';
import { SnapshotField } from './SnapshotField';
import { StripLine } from './StripLine';

/**
 * The overlay's UI over the lecture: Add note, the editor, the notes panel, offers to resume.
 * Its state lives in hooks (./hooks), each fed by the controller's messages as it needs; called
 * in this order, they hear one message in this order (the notes load before the draft).
 */
export function OverlayApp({ bridge }: { bridge: OverlayBridge }) {
  const [shortcut] = useSetting(noteShortcutSetting);
  const noteShortcut = shortcut ?? DEFAULT_NOTE_SHORTCUT;
  const shortcutText = describeShortcut(noteShortcut);
  const [snapshotKeys] = useSetting(snapshotShortcutSetting);
  const snapshotShortcut = snapshotKeys ?? DEFAULT_SNAPSHOT_SHORTCUT;
  const [status, setStatus] = useState<Status | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const lecture = useFrameLecture(bridge);
  const resume = useResumeOffer(bridge);
  const notes = useLectureNotes(bridge, lecture, setStatus);
  const draft = useLectureDraft(bridge);
  const speed = useSpeed(bridge);
  const editor = useNoteEditor(bridge, { lecture, draft, addButton, report: setStatus, refresh: notes.refresh });
  useKeyShortcut(noteShortcut, () => editor.request());
  // Note with snapshot: into the open editor, or a new editor with the frame on screen.
  useKeyShortcut(snapshotShortcut, () => (editor.editor ? editor.snapshot.take() : editor.request(true)));

  // The review prompt listens from the start (the same instance once the lecture is there): after
  // the UI loads anew, the controller sends the lecture and the prompt shown before back to back.
  const reviewPrompt = <OverlayReviewPrompt key="review-prompt" bridge={bridge} />;
  if (!lecture)
    return (
      <div class="overlay" hidden>
        {reviewPrompt}
      </div>
    );
  const open = editor.editor;
  // Only what the student opened widens the strip: the note count, news and offers never change
  // its size (a page can measure Lectern's host).
  const wide = open !== null || panelOpen;
  const offer =
    draft.offered && !open ? (
      <DraftOffer draft={draft.offered} onRestore={editor.restore} onDiscard={() => draft.discard(lecture.key)} />
    ) : resume.at !== null ? (
      <ResumeOffer at={resume.at} onResume={resume.resume} onDismiss={resume.dismiss} />
    ) : null;
  return (
    <div class={`overlay${wide ? ' wide' : ''}`}>
      <OverlayBar
        addButton={addButton}
        shortcut={shortcutText}
        noteCount={notes.notes?.length ?? null}
        panelOpen={panelOpen}
        speed={speed}
        onAdd={() => editor.request()}
        onTogglePanel={() => {
          // Closing it: the controller may go back into the fullscreen a click on Notes left.
          if (panelOpen) bridge.post({ type: 'panel-closed' });
          setPanelOpen(!panelOpen);
        }}
      />
      <StripLine status={status} offer={offer} shortcut={shortcutText} onUndo={(note) => void notes.restore(note)} />
      {reviewPrompt}
      {open ? (
        <NoteEditor
          key={`${open.time}-${open.text.length}`}
          time={open.time}
          initialText={open.text}
          initialKind={open.kind}
          caption={open.caption}
          onSave={editor.save}
          onCancel={editor.cancel}
          onChange={editor.change}
          attachments={
            <SnapshotField
              snapshot={editor.snapshot.snapshot}
              shortcut={describeShortcut(snapshotShortcut)}
              onTake={editor.snapshot.take}
              onRemove={editor.snapshot.clear}
            />
          }
        />
      ) : null}
      {panelOpen ? (
        <section class="notes-panel" aria-label="Notes on this lecture">
          <NoteList
            notes={notes.notes}
            editingId={notes.editingId}
            onSeek={(time) => bridge.post({ type: 'seek', time })}
            onEdit={notes.edit}
            onSaveEdit={notes.saveEdit}
            onDelete={(note) => void notes.remove(note)}
            renderSnapshot={(note) => <NoteSnapshot bridge={bridge} note={note} />}
          />
        </section>
      ) : null}
    </div>
  );
}
