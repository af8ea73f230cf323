/** Every write and delete of a lecture, note or session marks its sync item, whichever repository makes it. */
import { describe, expect, it } from 'vitest';
import { renameCourse } from '@/utils/db/course-names';
import { db } from '@/utils/db/database';
import { deleteLectureWithNotes, recordLectureSighting } from '@/utils/db/lectures';
import { wipeLibrary } from '@/utils/db/library';
import { addNote, deleteNote, updateNote } from '@/utils/db/notes';
import { recordSession } from '@/utils/db/sessions';
import { deleteAllSnapshots, putSnapshot } from '@/utils/db/snapshots';
import { countPendingChanges, listDirtyMarks } from '@/utils/db/sync-state';
import type { Snapshot } from '@/utils/model/snapshots';

const sighting = {
  key: 'youtube:abc',
  platform: 'youtube',
  title: 'Cells',
  site: 'www.youtube.com',
  url: 'https://www.youtube.com/watch?v=abc',
  duration: 600,
};
const tokenOf = async (item: string) => (await listDirtyMarks()).find((mark) => mark.item === item)?.token;

describe('sync change tracking', () => {
  it('marks the lecture item on a sighting, a note added, edited and deleted, each with a new token', async () => {
    await recordLectureSighting(sighting, 1);
    const first = await tokenOf('lecture:youtube:abc');
    expect(first).toBeDefined();
    const note = await addNote({ lectureKey: 'youtube:abc', time: 1, kind: 'note', text: 'hi' }, 2);
    const second = await tokenOf('lecture:youtube:abc');
    expect(second).not.toBe(first);
    await db.syncDirty.clear();
    await updateNote(note.id, { text: 'edited' }, 3);
    expect(await countPendingChanges()).toBe(1);
    await db.syncDirty.clear();
    await deleteNote(note.id);
    expect(await tokenOf('lecture:youtube:abc')).toBeDefined();
    await db.syncDirty.clear();
    await deleteLectureWithNotes('youtube:abc');
    expect(await countPendingChanges()).toBe(1);
  });

  it('marks a focus session under its month', async () => {
    const startedAt = Date.parse('2026-03-15T10:00:00Z');
    await recordSession({
      id: 's1',
      phase: 'focus',
      plannedMs: 1,
      activeMs: 1,
      startedAt,
      endedAt: startedAt + 1,
      outcome: 'completed',
      lectureKeys: [],
      noteCount: 0,
    });
    expect((await listDirtyMarks()).map((mark) => mark.item)).toEqual(['sessions:2026-03']);
  });

  it('marks the course names when the student renames a course', async () => {
    await renameCourse('canvas:x/1', 'Physics I', 5);
    expect((await listDirtyMarks()).map((mark) => mark.item)).toEqual(['courses']);
  });

  it('marks the lecture of a note whose snapshot is stored, replaced, or deleted alone', async () => {
    const note = await addNote({ lectureKey: 'youtube:abc', time: 1, kind: 'note', text: 'slide' }, 2);
    const other = await addNote({ lectureKey: 'youtube:xyz', time: 1, kind: 'note', text: 'other' }, 2);
    const image = (noteId: string, createdAt: number): Snapshot => ({
      noteId,
      mime: 'image/webp',
      width: 2,
      height: 2,
      data: new TextEncoder().encode('RIFF0000WEBP'),
      createdAt,
    });
    const marked = async () => (await listDirtyMarks()).map((mark) => mark.item).sort();
    await db.syncDirty.clear();
    await putSnapshot(image(note.id, 3));
    expect(await marked()).toEqual(['lecture:youtube:abc']);
    const first = await tokenOf('lecture:youtube:abc');
    await putSnapshot(image(note.id, 4));
    expect(await tokenOf('lecture:youtube:abc')).not.toBe(first);
    await db.syncDirty.clear();
    await putSnapshot(image(other.id, 5));
    expect(await marked()).toEqual(['lecture:youtube:xyz']);
    // "Delete all snapshots" (a transaction over the snapshots alone): each lecture is marked.
    await db.syncDirty.clear();
    await deleteAllSnapshots();
    expect(await db.snapshots.count()).toBe(0);
    expect(await marked()).toEqual(['lecture:youtube:abc', 'lecture:youtube:xyz']);
    // A snapshot deleted with its note: the lecture is marked (by the note), nothing else.
    await putSnapshot(image(note.id, 6));
    await db.syncDirty.clear();
    await deleteNote(note.id);
    expect(await marked()).toEqual(['lecture:youtube:abc']);
  });

  it('a wipe marks nothing and clears what sync knew (it deletes this copy, not the library on the server)', async () => {
    await addNote({ lectureKey: 'k', time: 1, kind: 'note', text: 'hi' }, 2);
    await wipeLibrary();
    expect(await countPendingChanges()).toBe(0);
    expect(await db.syncBase.count()).toBe(0);
  });
});
