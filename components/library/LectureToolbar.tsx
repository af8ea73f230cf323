import { LECTURE_SORTS, type LectureFilter, type LectureSort } from '@/utils/library/lecture-order';
import type { LectureCourse } from '@/utils/model/lectures';
import { courseChoices, FilterSelect, sameLabel } from './FilterSelect';

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
      <FilterSelect
        label="Site"
        name="lecture-site"
        value={filter.site}
        onChange={(site) => onFilter({ ...filter, site })}
        anyLabel="All sites"
        choices={sameLabel(sites)}
      />
      {courses.length > 0 ? (
        <FilterSelect
          label="Course"
          name="lecture-course"
          value={filter.course ?? ''}
          onChange={(course) => onFilter({ ...filter, course })}
          anyLabel="All courses"
          choices={courseChoices(courses)}
        />
      ) : null}
      <FilterSelect
        label="Sort by"
        name="lecture-sort"
        value={sort}
        onChange={(value) => onSort(value as LectureSort)}
        choices={Object.entries(LECTURE_SORTS)}
      />
    </div>
  );
}
