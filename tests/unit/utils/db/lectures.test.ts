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

  it('marks a renamed lecture, and a rename wins over every later name', async () => {
    await recordLectureSighting(sighting('a'), 1);
    expect((await renameLecture('a', 'Mine', 2))?.renamed).toBe(true);
    await recordLectureSighting({ ...sighting('a'), title: "The page's better name" }, 3);
    expect(await getLecture('a')).toMatchObject({ title: 'Mine', renamed: true });
  });

  it("takes a newer name from the lecture's site until the first note, then keeps it", async () => {
    await recordLectureSighting({ ...sighting('a'), title: 'Stale title' }, 1);
    expect((await recordLectureSighting({ ...sighting('a'), title: 'Lecture 4: Waves' }, 2)).title).toBe(
      'Lecture 4: Waves',
    );
    const elsewhere = { ...sighting('a'), title: 'Hostile name', url: 'https://hostile.example/' };
    expect((await recordLectureSighting(elsewhere, 3)).title).toBe('Lecture 4: Waves');
    expect((await recordLectureSighting({ ...sighting('a'), title: '' }, 4)).title).toBe('Lecture 4: Waves');
    await addNote({ lectureKey: 'a', time: 1, kind: 'note', text: 'filed under this name' }, 5);
    expect((await recordLectureSighting({ ...sighting('a'), title: 'Lecture 5: Sound' }, 6)).title).toBe(
      'Lecture 4: Waves',
    );
    expect((await getLecture('a'))?.renamed).toBeUndefined();
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

describe('where a lecture is watched', () => {
  const kaltura = {
    key: 'kaltura:1_ab12cd34',
    platform: 'kaltura',
    title: 'Week 2: Heat engines',
    site: 'cdnapisec.kaltura.com',
    url: 'https://canvas.uni.edu/courses/12/pages/week-2',
    duration: 1800,
    course: { id: 'canvas:canvas.uni.edu/12', title: 'PHYS 101' },
  };

  it('never takes the page or the course of a sighting from another site', async () => {
    await recordLectureSighting(kaltura, 1);
    const elsewhere = {
      ...kaltura,
      url: 'https://hostile.example.com/courses/9/claim.html',
      course: { id: 'canvas:hostile.example.com/9', title: 'Not yours' },
    };
    const after = await recordLectureSighting(elsewhere, 2);
    expect(after).toMatchObject({ url: kaltura.url, course: kaltura.course, lastWatchedAt: 2 });
    expect(await getLecture(kaltura.key)).toEqual(after);
  });

  it('never gives a course to a lecture from another site', async () => {
    const { course: _none, ...withoutCourse } = kaltura;
    await recordLectureSighting(withoutCourse, 1);
    const after = await recordLectureSighting(
      {
        ...kaltura,
        url: 'https://hostile.example.com/courses/9/',
        course: { id: 'canvas:hostile.example.com/9', title: 'x' },
      },
      2,
    );
    expect(after.url).toBe(kaltura.url);
    expect(after).not.toHaveProperty('course');
  });

  it('follows the lecture to another page, and another course, on its own site', async () => {
    await recordLectureSighting(kaltura, 1);
    const moved = {
      url: 'https://canvas.uni.edu/courses/13/pages/week-2',
      course: { id: 'canvas:canvas.uni.edu/13', title: 'PHYS 102' },
    };
    expect(await recordLectureSighting({ ...kaltura, ...moved }, 2)).toMatchObject(moved);
  });

  it("never takes the site of a sighting from another site; takes its own site's (a lecture filed under its player)", async () => {
    await recordLectureSighting(kaltura, 1);
    const hostile = { ...kaltura, site: 'hostile.example.com', url: 'https://hostile.example.com/claim.html' };
    expect((await recordLectureSighting(hostile, 2)).site).toBe('cdnapisec.kaltura.com');
    // Seen again from its own page, it is filed under that page's site (the embedding LMS).
    expect((await recordLectureSighting({ ...kaltura, site: 'canvas.uni.edu' }, 3)).site).toBe('canvas.uni.edu');
  });

  it("keeps a course's name, but replaces one that was only its address", async () => {
    const unnamed = { id: 'canvas:canvas.uni.edu/12', title: 'Course 12 (canvas.uni.edu)' };
    await recordLectureSighting({ ...kaltura, course: unnamed }, 1);
    expect((await recordLectureSighting(kaltura, 2)).course).toEqual(kaltura.course);
    expect((await recordLectureSighting({ ...kaltura, course: unnamed }, 3)).course).toEqual(kaltura.course);
    const renamed = { id: 'canvas:canvas.uni.edu/12', title: 'PHYS 101 (Fall)' };
    expect((await recordLectureSighting({ ...kaltura, course: renamed }, 4)).course).toEqual(kaltura.course);
  });
});
