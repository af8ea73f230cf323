import type { SearchFilters } from '@/utils/library/search';
import type { Lecture, LectureCourse } from '@/utils/model/lectures';
import type { NoteKind } from '@/utils/model/notes';
import { KIND_LABELS } from '../shared/labels';
import { CourseOptions } from './CourseOptions';

export interface FilterForm {
  site: string;
  /** A course id, or ''. */
  course: string;
  lectureKey: string;
  kind: '' | NoteKind;
  tag: string;
  /** `yyyy-mm-dd` from a date input, or ''. */
  from: string;
  to: string;
}

export const NO_FILTERS: FilterForm = { site: '', course: '', lectureKey: '', kind: '', tag: '', from: '', to: '' };

const localMidnight = (day: string) => new Date(`${day}T00:00:00`).getTime();

/** The form's values as search filters; dates are whole local days, `to` included. */
export function toSearchFilters(form: FilterForm): SearchFilters {
  return {
    site: form.site || undefined,
    course: form.course || undefined,
    lectureKey: form.lectureKey || undefined,
    kind: form.kind || undefined,
    tag: form.tag || undefined,
    from: form.from ? localMidnight(form.from) : undefined,
    to: form.to ? localMidnight(form.to) + 24 * 3600 * 1000 : undefined,
  };
}

interface Props {
  value: FilterForm;
  onChange: (value: FilterForm) => void;
  facets: { sites: string[]; courses: LectureCourse[]; lectures: Lecture[]; tags: string[] };
}

/** Filters for search: site, course (where lectures have one), lecture, kind, tag and a date range. */
export function SearchFiltersBar({ value, onChange, facets }: Props) {
  const set = (changes: Partial<FilterForm>) => onChange({ ...value, ...changes });
  const changed = Object.entries(value).some(([, field]) => field !== '');
  return (
    <fieldset class="filters">
      <legend>Filters</legend>
      <label>
        Site
        <select name="site" value={value.site} onChange={(event) => set({ site: event.currentTarget.value })}>
          <option value="">All sites</option>
          {facets.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </label>
      {facets.courses.length > 0 || value.course ? (
        <label>
          Course
          <select name="course" value={value.course} onChange={(event) => set({ course: event.currentTarget.value })}>
            <CourseOptions courses={facets.courses} anyLabel="All courses" />
          </select>
        </label>
      ) : null}
      <label>
        Lecture
        <select
          name="lecture"
          value={value.lectureKey}
          onChange={(event) => set({ lectureKey: event.currentTarget.value })}
        >
          <option value="">All lectures</option>
          {facets.lectures.map((lecture) => (
            <option key={lecture.key} value={lecture.key}>
              {lecture.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind
        <select
          name="kind"
          value={value.kind}
          onChange={(event) => set({ kind: event.currentTarget.value as FilterForm['kind'] })}
        >
          <option value="">All kinds</option>
          {Object.entries(KIND_LABELS).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select name="tag" value={value.tag} onChange={(event) => set({ tag: event.currentTarget.value })}>
          <option value="">All tags</option>
          {facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          name="from"
          value={value.from}
          onInput={(event) => set({ from: event.currentTarget.value })}
        />
      </label>
      <label>
        To
        <input type="date" name="to" value={value.to} onInput={(event) => set({ to: event.currentTarget.value })} />
      </label>
      {changed ? (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
