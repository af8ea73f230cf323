import { describe, expect, it } from 'vitest';
import { listCourseNames, renameCourse } from '@/utils/db/course-names';
import { getLecture, recordLectureSighting } from '@/utils/db/lectures';
import { courseNamesById, namedCourseOf } from '@/utils/library/course-names';
import type { Lecture } from '@/utils/model/lectures';

const course = { id: 'canvas:lms.uni.edu/101', title: 'PHYS 101' };
const sighting = (key: string) => ({
  key,
  platform: 'kaltura',
  title: key,
  site: 'lms.uni.edu',
  url: `https://lms.uni.edu/courses/101/${key}`,
  duration: 60,
  course,
});

describe('renameCourse', () => {
  it('keeps the student’s name whatever later sightings of that course call it', async () => {
    await recordLectureSighting(sighting('week-1'), 1);
    await renameCourse(course.id, '  Mechanics  ', 2);
    await recordLectureSighting(sighting('week-1'), 3);
    await recordLectureSighting(sighting('week-2'), 4);
    const names = courseNamesById(await listCourseNames());
    for (const key of ['week-1', 'week-2']) {
      expect(namedCourseOf((await getLecture(key)) as Lecture, names)).toEqual({ id: course.id, title: 'Mechanics' });
    }
    expect(await listCourseNames()).toEqual([{ id: course.id, title: 'Mechanics', updatedAt: 2 }]);
  });

  it('refuses an empty name and keeps the one before', async () => {
    await renameCourse(course.id, 'Mechanics', 1);
    await expect(renameCourse(course.id, '   ', 2)).rejects.toThrow('A course needs a name.');
    expect((await listCourseNames())[0]?.title).toBe('Mechanics');
  });
});
