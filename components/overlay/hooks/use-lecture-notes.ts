import { useState } from 'preact/hooks';
import { STALE_NOTE_EDIT } from '@/utils/model/kinds';
import type { Note } from '@/utils/model/notes';
import type { OverlayBridge } from '@/utils/overlay/frame-bridge';
import type { FrameLecture } from '@/utils/overlay/frame-messages';
import type { EditableKind } from '../NoteEditor';
import { useFrameMessage } from './use-frame-message';

/** The line of news in the overlay's bar: what just happened, an error, or an Undo. */
export interface Status {
  message: string;
  undo?: Note;
  error?: boolean;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The lecture's notes, loaded through the background with each lecture the controller names
 * (undefined while loading), and what the student does with them in the panel: edit one in place,
 * delete one (with Undo), restore it. Each outcome goes to `report` for the status line.
 */
export function useLectureNotes(bridge: OverlayBridge, lecture: FrameLecture | null, report: (status: Status) => void) {
  const [notes, setNotes] = useState<Note[] | undefined>(undefined);
  /** The note being edited in place, if any. */
  const [editingId, setEditingId] = useState<string | null>(null);

  const refresh = async (key: string) => {
    try {
      setNotes((await bridge.send('note/list', { lectureKey: key })).notes);
    } catch (error) {
      report({ message: `Lectern could not load your notes: ${errorText(error)}`, error: true });
    }
  };
  const refreshLecture = async () => {
    if (lecture) await refresh(lecture.key);
  };

  useFrameMessage(bridge, (message) => {
    if (message.type !== 'lecture') return;
    setNotes(undefined);
    if (message.lecture) void refresh(message.lecture.key);
  });

  return {
    notes,
    editingId,
    /** Loads the lecture's notes again. */
    refresh,
    edit: (note: Note | null) => setEditingId(note?.id ?? null),
    /** Rejects with the student-facing reason (the editor shows it), e.g. a change made in another tab. */
    async saveEdit(note: Note, text: string, kind: Note['kind']) {
      const changes = { text, kind: kind as EditableKind };
      await bridge.send('note/update', { id: note.id, updatedAt: note.updatedAt, changes }).catch((error) => {
        throw errorText(error).includes(STALE_NOTE_EDIT) ? new Error(STALE_NOTE_EDIT) : error;
      });
      setEditingId(null);
      report({ message: 'Changes saved.' });
      await refreshLecture();
    },
    async remove(note: Note) {
      try {
        await bridge.send('note/delete', { id: note.id });
        report({ message: 'Note deleted.', undo: note });
      } catch (error) {
        report({ message: `Lectern could not delete the note: ${errorText(error)}`, error: true });
      }
      await refreshLecture();
    },
    async restore(note: Note) {
      try {
        await bridge.send('note/restore', { id: note.id });
        report({ message: 'Note restored.' });
      } catch (error) {
        report({ message: `Lectern could not restore the note: ${errorText(error)}`, error: true });
      }
      await refreshLecture();
    },
  };
}
