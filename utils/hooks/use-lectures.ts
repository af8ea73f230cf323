/**
 * The library's lectures, live, for the dashboard's views: the seam between its components and
 * the repositories (utils/db/lectures.ts, notes.ts, course-names.ts).
 */
import { useMemo } from 'preact/hooks';
import { listCourseNames, renameCourse } from '../db/course-names';
import { getLecture, listLecturesByRecent, renameLecture } from '../db/lectures';
import { readLecturesWithNotes } from '../db/library';
import { countNotesByLecture, countNotesOfLecture } from '../db/notes';
import { type CourseNames, courseNamesById } from '../library/course-names';
import { useLiveQuery } from './use-live-query';

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** Every lecture (most recently watched first), its note count and the student's course names. */
export function useLectureLibrary() {
  const lectures = useLiveQuery(listLecturesByRecent);
  const counts = useLiveQuery(countNotesByLecture);
  const names = useCourseNames();
  return { lectures: lectures.value, error: lectures.error, noteCounts: counts.value ?? NO_COUNTS, courseNames: names };
}

/** The student's names for courses by course id (empty while loading: the sites' names show until then). */
export function useCourseNames(): CourseNames {
  const { value } = useLiveQuery(listCourseNames);
  return useMemo(() => courseNamesById(value), [value]);
}

/** One lecture (null if it is not in the library), live. */
export function useLecture(key: string) {
  return useLiveQuery(async () => (await getLecture(key)) ?? null, [key]);
}

/** How many notes a lecture has (undefined while counting), live. */
export function useLectureNoteCount(key: string): number | undefined {
  return useLiveQuery(() => countNotesOfLecture(key), [key]).value;
}

/** Lectures and their notes for the print view: one lecture's when a key is given, else all. */
export function useLecturesWithNotes(key: string | undefined) {
  return useLiveQuery(() => readLecturesWithNotes(key), [key]);
}

/** Gives a lecture the student's title. */
export const saveLectureTitle = (key: string, title: string) => renameLecture(key, title, Date.now());

/** Gives a course the student's name, kept whatever later sightings call it. */
export const saveCourseName = (id: string, title: string) => renameCourse(id, title, Date.now());
