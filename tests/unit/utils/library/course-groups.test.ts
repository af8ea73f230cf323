import { describe, expect, it } from 'vitest';
import { groupLecturesByCourse } from '@/utils/library/course-groups';
import { courseNamesById, namedCourseOf, placeOf } from '@/utils/library/course-names';
import { arrangeLectures, coursesOf } from '@/utils/library/lecture-order';
import type { Lecture } from '@/utils/model/lectures';
import { sampleLecture } from './sample-lecture';

const physics = { id: 'canvas:lms.uni.edu/101', title: 'PHYS 101: Mechanics' };
const chemistry = { id: 'moodle:moodle.uni.edu/7', title: 'CHEM-7' };

const lectures: Lecture[] = [
  sampleLecture('yt-1', { site: 'www.youtube.com', lastWatchedAt: 60 }),
  sampleLecture('phys-1', { course: physics, site: 'lms.uni.edu', lastWatchedAt: 50 }),
  sampleLecture('chem-1', { course: chemistry, site: 'moodle.uni.edu', lastWatchedAt: 40 }),
  // The same course seen in another player (a Kaltura frame, a Panopto frame): one course.
  sampleLecture('phys-2', { course: physics, site: 'cdnapisec.kaltura.com', lastWatchedAt: 30 }),
  sampleLecture('khan-1', { site: 'www.khanacademy.org', lastWatchedAt: 20 }),
  sampleLecture('yt-2', { site: 'www.youtube.com', lastWatchedAt: 10 }),
];
const counts = new Map([
  ['phys-1', 3],
  ['phys-2', 4],
  ['yt-2', 2],
]);

describe('groupLecturesByCourse', () => {
  it('puts courses first, then lectures without a course by site, each where its first lecture comes', () => {
    const groups = groupLecturesByCourse(lectures, new Map(), counts);
    expect(groups.map((group) => [group.id, group.name, group.lectures.map((l) => l.key), group.noteCount])).toEqual([
      ['course:canvas:lms.uni.edu/101', 'PHYS 101: Mechanics', ['phys-1', 'phys-2'], 7],
      ['course:moodle:moodle.uni.edu/7', 'CHEM-7', ['chem-1'], 0],
      ['site:www.youtube.com', 'www.youtube.com', ['yt-1', 'yt-2'], 2],
      ['site:www.khanacademy.org', 'www.khanacademy.org', ['khan-1'], 0],
    ]);
    expect(groups[2]?.course).toBeNull();
  });

  it('names a course by the student’s name for it, and follows the list’s sort', () => {
    const names = courseNamesById([{ id: chemistry.id, title: 'Chemistry', updatedAt: 1 }]);
    const sorted = arrangeLectures(lectures, 'notes', { site: '', text: '' }, counts, names);
    const groups = groupLecturesByCourse(sorted, names, counts);
    expect(groups.map((group) => group.name)).toEqual([
      'PHYS 101: Mechanics',
      'Chemistry',
      'www.youtube.com',
      'www.khanacademy.org',
    ]);
    expect(groups[0]?.lectures.map((l) => l.key)).toEqual(['phys-2', 'phys-1']);
    expect(groups[1]?.course).toEqual({ id: chemistry.id, title: 'Chemistry' });
  });

  it('has no groups for no lectures', () => {
    expect(groupLecturesByCourse([], new Map(), counts)).toEqual([]);
  });
});

describe('course names', () => {
  const names = courseNamesById([{ id: physics.id, title: 'Physics I', updatedAt: 1 }]);

  it('the student’s name wins over the site’s; the site’s stays for the other courses', () => {
    expect(namedCourseOf(lectures[1] as Lecture, names)).toEqual({ id: physics.id, title: 'Physics I' });
    expect(namedCourseOf(lectures[2] as Lecture, names)).toEqual(chemistry);
    expect(namedCourseOf(lectures[0] as Lecture, names)).toBeNull();
  });

  it('a course the site gave no name is shown by its id', () => {
    const lecture = sampleLecture('x', { course: { id: 'canvas:lms.uni.edu/9', title: '' } });
    expect(namedCourseOf(lecture, new Map())).toEqual({ id: 'canvas:lms.uni.edu/9', title: 'canvas:lms.uni.edu/9' });
  });

  it('files a lecture without a course under its site', () => {
    expect(placeOf(lectures[4] as Lecture, names)).toEqual({
      id: 'site:www.khanacademy.org',
      course: null,
      name: 'www.khanacademy.org',
    });
  });

  it('the course filter lists and the text filter finds courses by the student’s name', () => {
    expect(coursesOf(lectures, names).map((course) => course.title)).toEqual(['CHEM-7', 'Physics I']);
    const found = arrangeLectures(lectures, 'recent', { site: '', text: 'physics i' }, counts, names);
    expect(found.map((l) => l.key)).toEqual(['phys-1', 'phys-2']);
    expect(arrangeLectures(lectures, 'recent', { site: '', text: 'physics i' }, counts)).toEqual([]);
  });
});
