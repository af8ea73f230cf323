import type { ExportScope, NoteFilter } from '@/utils/export/snapshot';
import { coursesOf } from '@/utils/library/lecture-order';
import type { Lecture } from '@/utils/model/lectures';
import type { NoteKind } from '@/utils/model/notes';
import { courseChoices, FilterSelect, sameLabel } from './FilterSelect';

const KINDS: { kind: NoteKind; label: string }[] = [
  { kind: 'note', label: 'Notes' },
  { kind: 'question', label: 'Questions' },
  { kind: 'recall', label: 'Recalls' },
  { kind: 'bookmark', label: 'Bookmarks' },
];

interface Props {
  lectures: Lecture[];
  scope: ExportScope;
  onChange: (scope: ExportScope) => void;
}

const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : undefined);
const dayEnd = (value: string) => (value ? new Date(`${value}T23:59:59.999`).getTime() : undefined);
const dayValue = (time: number | undefined) =>
  time === undefined ? '' : new Date(time - new Date(time).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** What to export: everything, one lecture, or the notes matching a filter. */
export function ExportScopeFields({ lectures, scope, onChange }: Props) {
  const sites = [...new Set(lectures.map((lecture) => lecture.site))].sort();
  const courses = coursesOf(lectures);
  const filter: NoteFilter = scope.kind === 'filtered' ? scope.filter : {};
  const setFilter = (changes: Partial<NoteFilter>) => onChange({ kind: 'filtered', filter: { ...filter, ...changes } });
  return (
    <fieldset class="export-scope">
      <legend>What to export</legend>
      <label>
        <input
          type="radio"
          name="export-scope"
          checked={scope.kind === 'all'}
          onChange={() => onChange({ kind: 'all' })}
        />{' '}
        Everything
      </label>
      <label>
        <input
          type="radio"
          name="export-scope"
          checked={scope.kind === 'lecture'}
          disabled={lectures.length === 0}
          onChange={() => onChange({ kind: 'lecture', lectureKey: lectures[0]?.key ?? '' })}
        />{' '}
        One lecture
      </label>
      {scope.kind === 'lecture' ? (
        <FilterSelect
          label="Lecture"
          class="nested"
          value={scope.lectureKey}
          onChange={(lectureKey) => onChange({ kind: 'lecture', lectureKey })}
          choices={lectures.map((lecture) => [lecture.key, lecture.title || lecture.url])}
        />
      ) : null}
      <label>
        <input
          type="radio"
          name="export-scope"
          checked={scope.kind === 'filtered'}
          onChange={() => onChange({ kind: 'filtered', filter: {} })}
        />{' '}
        Notes matching a filter
      </label>
      {scope.kind === 'filtered' ? (
        <div class="nested export-filter">
          <FilterSelect
            label="Site"
            value={filter.site ?? ''}
            onChange={(site) => setFilter({ site: site || undefined })}
            anyLabel="Any site"
            choices={sameLabel(sites)}
          />
          {courses.length > 0 ? (
            <FilterSelect
              label="Course"
              value={filter.course ?? ''}
              onChange={(course) => setFilter({ course: course || undefined })}
              anyLabel="Any course"
              choices={courseChoices(courses)}
            />
          ) : null}
          <fieldset>
            <legend>Kinds</legend>
            {KINDS.map(({ kind, label }) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={filter.kinds?.includes(kind) ?? false}
                  onChange={(event) => {
                    const kinds = new Set(filter.kinds ?? []);
                    if (event.currentTarget.checked) kinds.add(kind);
                    else kinds.delete(kind);
                    setFilter({ kinds: [...kinds] });
                  }}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <label>
            Tag{' '}
            <input
              type="text"
              value={filter.tag ?? ''}
              placeholder="#exam"
              onInput={(event) => setFilter({ tag: event.currentTarget.value.trim() || undefined })}
            />
          </label>
          <DayField label="From" value={filter.from} onChange={(value) => setFilter({ from: dayStart(value) })} />
          <DayField label="To" value={filter.to} onChange={(value) => setFilter({ to: dayEnd(value) })} />
        </div>
      ) : null}
    </fieldset>
  );
}

/** A day of the filter's date range, as a date input (empty: no bound). */
function DayField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | undefined;
  onChange(day: string): void;
}) {
  return (
    <label>
      {label} <input type="date" value={dayValue(value)} onInput={(event) => onChange(event.currentTarget.value)} />
    </label>
  );
}
