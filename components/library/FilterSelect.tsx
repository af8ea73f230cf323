import type { LectureCourse } from '@/utils/model/lectures';
import { shortenName } from '@/utils/video/naming/name-text';
import type { Choice } from '../shared/choice';

/** Longer labels (a lecture's or course's name) are cut at a word: a select is as wide as its longest option. */
const OPTION_CHARS = 60;

interface Props {
  label: string;
  name?: string;
  class?: string;
  value: string;
  onChange(value: string): void;
  /** The first option, value '' ("All sites"); none if not given. */
  anyLabel?: string;
  choices: readonly Choice[];
}

/** A labelled select of the library's filters, sorts and pickers. */
export function FilterSelect({ label, name, class: className, value, onChange, anyLabel, choices }: Props) {
  return (
    <label class={className}>
      {label}{' '}
      <select name={name} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice} dir="auto" title={text.length > OPTION_CHARS ? text : undefined}>
            {shortenName(text, OPTION_CHARS)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Each value its own label (sites). */
export const sameLabel = (values: readonly string[]): Choice[] => values.map((value) => [value, value]);

/** Courses by id, read by their title. */
export const courseChoices = (courses: readonly LectureCourse[]): Choice[] =>
  courses.map((course) => [course.id, course.title]);
