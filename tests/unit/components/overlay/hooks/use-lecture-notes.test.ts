import { act, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useLectureNotes } from '@/components/overlay/hooks/use-lecture-notes';
import { db } from '@/utils/db/database';
import { addNote, updateNote } from '@/utils/db/notes';
import type { Note } from '@/utils/model/notes';
import type { FrameLecture } from '@/utils/overlay/frame-messages';
import { renderHookOnBridge } from '../fake-bridge';

const lecture: FrameLecture = { key: 'url:https://x.edu/l1', title: 'L1', duration: 3600, resumeAt: null };

function notesOf(current: FrameLecture | null = lecture) {
  const report = vi.fn();
  return { report, ...renderHookOnBridge((bridge) => useLectureNotes(bridge, current, report)) };
}

describe('useLectureNotes', () => {
  it('loads the notes of each lecture the controller names', async () => {
    await addNote({ lectureKey: lecture.key, time: 65, kind: 'note', text: 'early' }, 1);
    const { result, emit } = notesOf();
    expect(result.current.notes).toBeUndefined();
    await emit({ type: 'lecture', lecture });
    await waitFor(() => expect(result.current.notes?.map((note) => note.text)).toEqual(['early']));
    await emit({ type: 'lecture', lecture: { ...lecture, key: 'url:https://x.edu/l2' } });
    expect(result.current.notes).toBeUndefined();
    await waitFor(() => expect(result.current.notes).toEqual([]));
  });

  it('says when the notes cannot be loaded', async () => {
    const { bridge, emit, report } = notesOf();
    vi.spyOn(bridge, 'send').mockRejectedValue(new Error('no background'));
    await emit({ type: 'lecture', lecture });
    await waitFor(() =>
      expect(report).toHaveBeenCalledWith({ message: 'Lectern could not load your notes: no background', error: true }),
    );
  });

  it('deletes a note with an Undo, restores it, and saves an edit in place', async () => {
    const note = await addNote({ lectureKey: lecture.key, time: 65, kind: 'note', text: 'early' }, 1);
    const { result, emit, report } = notesOf();
    await emit({ type: 'lecture', lecture });
    await waitFor(() => expect(result.current.notes).toHaveLength(1));

    await act(() => result.current.remove(note));
    expect(report).toHaveBeenLastCalledWith({ message: 'Note deleted.', undo: note });
    expect(result.current.notes).toEqual([]);

    await act(() => result.current.restore(note));
    expect(report).toHaveBeenLastCalledWith({ message: 'Note restored.' });
    expect(result.current.notes).toHaveLength(1);

    act(() => result.current.edit(note));
    expect(result.current.editingId).toBe(note.id);
    await act(() => result.current.saveEdit(note, 'edited', 'question'));
    expect(result.current.editingId).toBeNull();
    expect(report).toHaveBeenLastCalledWith({ message: 'Changes saved.' });
    expect(result.current.notes?.[0]).toMatchObject({ text: 'edited', kind: 'question' });
  });

  it('undoes the delete of an imported note (an id that is no UUID) from what the background kept', async () => {
    const imported: Note = {
      id: 'backup-2024-note-3',
      lectureKey: lecture.key,
      time: 65,
      kind: 'note',
      text: 'from an old backup',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    };
    await db.notes.add(imported);
    const { result, emit, report } = notesOf();
    await emit({ type: 'lecture', lecture });
    await waitFor(() => expect(result.current.notes).toHaveLength(1));
    await act(() => result.current.remove(imported));
    expect(report).toHaveBeenLastCalledWith({ message: 'Note deleted.', undo: imported });
    await act(() => result.current.restore(imported));
    expect(report).toHaveBeenLastCalledWith({ message: 'Note restored.' });
    expect(await db.notes.get(imported.id)).toEqual(imported);
  });

  it('refuses an edit of a note another tab changed since, with a message that says so', async () => {
    const note = await addNote({ lectureKey: lecture.key, time: 65, kind: 'note', text: 'early' }, 1);
    const { result, emit } = notesOf();
    await emit({ type: 'lecture', lecture });
    await waitFor(() => expect(result.current.notes).toHaveLength(1));
    await updateNote(note.id, { text: 'from the other tab' }, 2, note.updatedAt);
    await expect(result.current.saveEdit(note, 'mine', 'note')).rejects.toThrow(
      /^This note was changed in another tab; reload to see it\.$/,
    );
    expect((await db.notes.get(note.id))?.text).toBe('from the other tab');
  });
});
