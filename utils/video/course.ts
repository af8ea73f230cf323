/**
 * A stored lecture's course (the library, its filters, the exports): the one recorded with it,
 * else the one its URL names. Lectures stored before courses were recorded get theirs this way,
 * so no schema upgrade is needed. Which platform names which course is the registry's
 * (platforms/registry.ts `courseOfPage`).
 */
import type { Lecture, LectureCourse } from '../model/lectures';
import { courseOfPage } from './platforms/registry';

export function courseOf(lecture: Pick<Lecture, 'course' | 'url'>): LectureCourse | null {
  if (lecture.course) return lecture.course;
  try {
    return courseOfPage(new URL(lecture.url), null);
  } catch {
    return null;
  }
}
