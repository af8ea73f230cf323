import type { SearchFilters } from '@/utils/library/search';
import type { Lecture, LectureCourse } from '@/utils/model/lectures';
import type { NoteKind } from '@/utils/model/notes';
import type { Choice } from '../shared/choice';
import { KIND_LABELS } from '../shared/labels';
import { courseChoices, FilterSelect, sameLabel } from './FilterSelect';

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

type SelectKey = 'site' | 'course' | 'lectureKey' | 'kind' | 'tag';

interface Props {
  value: FilterForm;
  onChange: (value: FilterForm) => void;
  facets: { sites: string[]; courses: LectureCourse[]; lectures: Lecture[]; tags: string[] };
}

/** Filters for search: site, course (where lectures have one), lecture, kind, tag and a date range. */
export function SearchFiltersBar({ value, onChange, facets }: Props) {
  const set = (changes: Partial<FilterForm>) => onChange({ ...value, ...changes });
  const changed = Object.entries(value).some(([, field]) => field !== '');
  const select = (key: SelectKey, name: string, label: string, anyLabel: string, choices: readonly Choice[]) => (
    <FilterSelect
      label={label}
      name={name}
      value={value[key]}
      onChange={(chosen) => set({ [key]: chosen })}
      anyLabel={anyLabel}
      choices={choices}
    />
  );
  return (
    <fieldset class="filters">
      <legend>Filters</legend>
      {select('site', 'site', 'Site', 'All sites', sameLabel(facets.sites))}
      {facets.courses.length > 0 || value.course
        ? select('course', 'course', 'Course', 'All courses', courseChoices(facets.courses))
        : null}
      {select(
        'lectureKey',
        'lecture',
        'Lecture',
        'All lectures',
        facets.lectures.map((lecture) => [lecture.key, lecture.title]),
      )}
      {select('kind', 'kind', 'Kind', 'All kinds', Object.entries(KIND_LABELS))}
      {select(
        'tag',
        'tag',
        'Tag',
        'All tags',
        facets.tags.map((tag) => [tag, `#${tag}`]),
      )}
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
