/**
 * The library's home, grouped the way a student files lectures: each course with its lectures and
 * note count, then the lectures that belong to no course, by site. Pure.
 */
import type { Lecture } from '../model/lectures';
import { type CourseNames, type LecturePlace, placeOf } from './course-names';

export interface LectureGroup extends LecturePlace {
  /** In the order given (the list's sort). */
  lectures: Lecture[];
  /** Notes on all its lectures. */
  noteCount: number;
}

/**
 * Groups arranged lectures (utils/library/lecture-order.ts) by course, then by site for those
 * without one. Courses come first; within each kind, a group comes where its first lecture does,
 * so the list's sort orders the groups as well as the lectures in them.
 */
export function groupLecturesByCourse(
  lectures: readonly Lecture[],
  names: CourseNames,
  noteCounts: ReadonlyMap<string, number>,
): LectureGroup[] {
  const groups = new Map<string, LectureGroup>();
  for (const lecture of lectures) {
    const place = placeOf(lecture, names);
    const group = groups.get(place.id) ?? { ...place, lectures: [], noteCount: 0 };
    group.lectures.push(lecture);
    group.noteCount += noteCounts.get(lecture.key) ?? 0;
    groups.set(place.id, group);
  }
  const all = [...groups.values()];
  return [...all.filter((group) => group.course), ...all.filter((group) => !group.course)];
}
