/** Every write and delete of a lecture, note or session marks its sync item, whichever repository makes it. */
import { describe, expect, it } from 'vitest';
import { renameCourse } from '@/utils/db/course-names';
import { db } from '@/utils/db/database';
import { deleteLectureWithNotes, recordLectureSighting } from '@/utils/db/lectures';
import { wipeLibrary } from '@/utils/db/library';
import { addNote, deleteNote, updateNote } from '@/utils/db/notes';
import { recordSession } from '@/utils/db/sessions';
import { countPendingChanges, listDirtyMarks } from '@/utils/db/sync-state';

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

  it('a wipe marks nothing and clears what sync knew (it deletes this copy, not the library on the server)', async () => {
    await addNote({ lectureKey: 'k', time: 1, kind: 'note', text: 'hi' }, 2);
    await wipeLibrary();
    expect(await countPendingChanges()).toBe(0);
    expect(await db.syncBase.count()).toBe(0);
  });
});
