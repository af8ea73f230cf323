import type { LectureCourse } from '@/utils/model/lectures';

/** The options of a course filter: "any" first (value ''), then each course by its title. */
export function CourseOptions({ courses, anyLabel }: { courses: LectureCourse[]; anyLabel: string }) {
  return (
    <>
      <option value="">{anyLabel}</option>
      {courses.map((course) => (
        <option key={course.id} value={course.id}>
          {course.title}
        </option>
      ))}
    </>
  );
}
