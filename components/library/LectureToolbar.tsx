import { LECTURE_SORTS, type LectureFilter, type LectureSort } from '@/utils/library/lecture-order';
import type { LectureCourse } from '@/utils/model/lectures';
import { CourseOptions } from './CourseOptions';

interface Props {
  sort: LectureSort;
  filter: LectureFilter;
  sites: string[];
  /** Courses of the lectures (the filter shows only when there is one). */
  courses?: LectureCourse[];
  onSort: (sort: LectureSort) => void;
  onFilter: (filter: LectureFilter) => void;
}

/** Sorting and filtering the lecture list. */
export function LectureToolbar({ sort, filter, sites, courses = [], onSort, onFilter }: Props) {
  return (
    <div class="lecture-toolbar">
      <label>
        Find a lecture
        <input
          type="search"
          name="lecture-filter"
          value={filter.text}
          placeholder="Title, site or course"
          onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
        />
      </label>
      <label>
        Site
        <select
          name="lecture-site"
          value={filter.site}
          onChange={(event) => onFilter({ ...filter, site: event.currentTarget.value })}
        >
          <option value="">All sites</option>
          {sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      {courses.length > 0 ? (
        <label>
          Course
          <select
            name="lecture-course"
            value={filter.course ?? ''}
            onChange={(event) => onFilter({ ...filter, course: event.currentTarget.value })}
          >
            <CourseOptions courses={courses} anyLabel="All courses" />
          </select>
        </label>
      ) : null}
      <label>
        Sort by
        <select name="lecture-sort" value={sort} onChange={(event) => onSort(event.currentTarget.value as LectureSort)}>
          {Object.entries(LECTURE_SORTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
