/**
 * Which course a lecture is filed under, by the name the student sees: the student's own name for
 * the course (utils/db/course-names.ts) when they gave one, else the name the site gave
 * (utils/video/course.ts). Lectures without a course are filed under their site. Pure: the library
 * views and every export pass in the names they read.
 */
import type { CourseName } from '../model/course-names';
import type { Lecture, LectureCourse } from '../model/lectures';
import { courseOf } from '../video/course';

/** The student's course names by course id. */
export type CourseNames = ReadonlyMap<string, string>;

export const courseNamesById = (names: readonly CourseName[] = []): CourseNames =>
  new Map(names.map((name) => [name.id, name.title]));

/** A lecture's course with the student's name for it (the site's name if none; its id if the site gave none). */
export function namedCourseOf(lecture: Pick<Lecture, 'course' | 'url'>, names: CourseNames): LectureCourse | null {
  const course = courseOf(lecture);
  if (!course) return null;
  return { id: course.id, title: names.get(course.id) || course.title || course.id };
}

/** Where a lecture is filed: its course, or (without one) its site. */
export interface LecturePlace {
  /** `course:<course id>` or `site:<host name>`. */
  id: string;
  course: LectureCourse | null;
  /** The course's name, or the site. */
  name: string;
}

export function placeOf(lecture: Pick<Lecture, 'course' | 'url' | 'site'>, names: CourseNames): LecturePlace {
  const course = namedCourseOf(lecture, names);
  return course
    ? { id: `course:${course.id}`, course, name: course.title }
    : { id: `site:${lecture.site}`, course: null, name: lecture.site };
}
