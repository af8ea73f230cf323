/** Sorting and filtering the library's lecture list. Pure: the views pass the lectures and counts. */
import type { Lecture, LectureCourse } from '../model/lectures';
import { coveredSeconds } from '../model/ranges';
import { type CourseNames, namedCourseOf } from './course-names';

export type LectureSort = 'recent' | 'added' | 'title' | 'progress' | 'notes';

export const LECTURE_SORTS: Record<LectureSort, string> = {
  recent: 'Last watched',
  added: 'Recently added',
  title: 'Title (A–Z)',
  progress: 'Least watched',
  notes: 'Most notes',
};

/** Share of a lecture watched, 0 to 1; unknown lengths count as 0. */
export function watchedShare(lecture: Lecture): number {
  return lecture.duration ? Math.min(1, coveredSeconds(lecture.watched) / lecture.duration) : 0;
}

export interface LectureFilter {
  site: string;
  /** A course id (utils/video/course.ts), or '' for every course. */
  course?: string;
  /** Words in the title, site or course name, case-insensitive. */
  text: string;
}

export function arrangeLectures(
  lectures: readonly Lecture[],
  sort: LectureSort,
  filter: LectureFilter,
  noteCounts: ReadonlyMap<string, number>,
  names: CourseNames = new Map(),
): Lecture[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = lectures.filter((lecture) => {
    if (filter.site && lecture.site !== filter.site) return false;
    const course = namedCourseOf(lecture, names);
    if (filter.course && course?.id !== filter.course) return false;
    const haystack = `${lecture.title} ${lecture.site} ${course?.title ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const byRecent = (a: Lecture, b: Lecture) => b.lastWatchedAt - a.lastWatchedAt;
  const compare: Record<LectureSort, (a: Lecture, b: Lecture) => number> = {
    recent: byRecent,
    added: (a, b) => b.createdAt - a.createdAt || byRecent(a, b),
    title: (a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true }),
    progress: (a, b) => watchedShare(a) - watchedShare(b) || byRecent(a, b),
    notes: (a, b) => (noteCounts.get(b.key) ?? 0) - (noteCounts.get(a.key) ?? 0) || byRecent(a, b),
  };
  return kept.sort(compare[sort]);
}

/** The courses among these lectures, by the name the student sees (for the course filter). */
export function coursesOf(lectures: readonly Lecture[], names: CourseNames = new Map()): LectureCourse[] {
  const courses = new Map<string, LectureCourse>();
  for (const lecture of lectures) {
    const course = namedCourseOf(lecture, names);
    if (course && !courses.has(course.id)) courses.set(course.id, course);
  }
  return [...courses.values()].sort((a, b) => a.title.localeCompare(b.title));
}
