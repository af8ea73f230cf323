/** The course-names repository: the only code that reads and writes the `courseNames` table. */
import type { CourseName } from '../model/course-names';
import { db } from './database';

/** Every course the student renamed. */
export function listCourseNames(): Promise<CourseName[]> {
  return db.courseNames.toArray();
}

/**
 * Gives a course the student's own name, kept whatever a later sighting of that course calls it.
 * Resolves to what was stored.
 */
export async function renameCourse(id: string, title: string, now: number): Promise<CourseName> {
  const trimmed = title.trim();
  if (!trimmed) throw new Error('A course needs a name.');
  const renamed = { id, title: trimmed.slice(0, 300), updatedAt: now };
  await db.courseNames.put(renamed);
  return renamed;
}
