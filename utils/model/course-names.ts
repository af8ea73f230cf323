/**
 * A student's own name for a course (the library's "Rename course"). Kept apart from the lectures,
 * by course id, so a later sighting of the same course (a new lecture, another player) never
 * overwrites it; the library and every export show it instead of the name the site gave.
 */
import * as v from 'valibot';
import { millis, nonEmpty } from './fields';
import { LectureCourseSchema } from './lectures';

export const CourseNameSchema = v.strictObject({
  id: LectureCourseSchema.entries.id,
  title: nonEmpty(300),
  /** When the student last renamed it: the newer rename wins a backup's merge. */
  updatedAt: millis,
});
export type CourseName = v.InferOutput<typeof CourseNameSchema>;
