import { describe, expect, it } from 'vitest';
import {
  deleteLectureWithNotes,
  getLecture,
  recordLectureSighting,
  renameLecture,
  restoreLectureWithNotes,
} from '@/utils/db/lectures';
import { addNote, listAllNotes, listNotesByLecture } from '@/utils/db/notes';

const sighting = (key: string) => ({
  key,
  platform: 'generic',
  title: `Title ${key}`,
  site: 'a.edu',
  url: 'https://a.edu/',
  duration: 60,
});

describe('lecture management', () => {
  it('renames a lecture, and later visits keep the new title', async () => {
    await recordLectureSighting(sighting('a'), 1);
    expect((await renameLecture('a', '  Week 1: Cells  ', 2))?.title).toBe('Week 1: Cells');
    await recordLectureSighting(sighting('a'), 3);
    expect((await getLecture('a'))?.title).toBe('Week 1: Cells');
    await expect(renameLecture('a', '   ', 4)).rejects.toThrow('needs a title');
    expect(await renameLecture('missing', 'x', 4)).toBeUndefined();
  });

  it('deletes a lecture with its notes only, and restores both exactly', async () => {
    await recordLectureSighting(sighting('a'), 1);
    await recordLectureSighting(sighting('b'), 1);
    await addNote({ lectureKey: 'a', time: 1, kind: 'note', text: 'one' }, 1);
    await addNote({ lectureKey: 'a', time: 2, kind: 'question', text: 'two #x' }, 1);
    const kept = await addNote({ lectureKey: 'b', time: 3, kind: 'note', text: 'other' }, 1);
    const before = { lecture: await getLecture('a'), notes: await listNotesByLecture('a') };

    const removed = await deleteLectureWithNotes('a');
    expect(removed?.notes).toHaveLength(2);
    expect(await getLecture('a')).toBeUndefined();
    expect(await listAllNotes()).toEqual([kept]);

    await restoreLectureWithNotes(removed as NonNullable<typeof removed>);
    expect({ lecture: await getLecture('a'), notes: await listNotesByLecture('a') }).toEqual(before);
    expect(await deleteLectureWithNotes('missing')).toBeUndefined();
  });
});
