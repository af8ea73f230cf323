/**
 * Which course a lecture belongs to. The identity script asks the lecture's platform (Coursera,
 * edX, Udemy, Khan Academy) and then the LMS page (Canvas, Moodle, …); the background fills in
 * the tab's LMS course for a lecture in a player's iframe. Lectures stored before courses were
 * recorded get theirs from their URL when it holds one (`courseOf`), so no schema upgrade is needed.
 *
 * A YouTube playlist (`list=`) is deliberately not a course: the lecture's key is the video, and
 * one video sits in many playlists (the student's Watch later, an automatic Mix), so the
 * "course" would change with the link the student happened to follow.
 */
import type { Lecture, LectureCourse } from '../db/database';
import { lmsCourse } from './lms-course';
import { coursera } from './platforms/coursera';
import { edx } from './platforms/edx';
import { khanAcademy } from './platforms/khan-academy';
import type { PlatformAdapter } from './platforms/platform';
import { udemy } from './platforms/udemy';

const COURSE_PLATFORMS: readonly PlatformAdapter[] = [coursera, edx, udemy, khanAcademy];

/** The course of a page: its platform's, else its LMS's, else null. */
export function courseOfPage(url: URL, doc: Document | null): LectureCourse | null {
  for (const platform of COURSE_PLATFORMS) {
    if (!platform.matches(url)) continue;
    const course = platform.course?.(url, doc);
    if (course) return course;
  }
  return lmsCourse(url, doc);
}

/** A stored lecture's course: the one recorded with it, else the one its URL names, else null. */
export function courseOf(lecture: Pick<Lecture, 'course' | 'url'>): LectureCourse | null {
  if (lecture.course) return lecture.course;
  try {
    return courseOfPage(new URL(lecture.url), null);
  } catch {
    return null;
  }
}
