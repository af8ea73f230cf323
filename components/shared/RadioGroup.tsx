import type { Choice } from './choice';

interface Props<T extends string> {
  legend: string;
  name: string;
  class?: string;
  value: T | undefined;
  choices: readonly Choice<T>[];
  disabled?: boolean;
  onChange(value: T): void;
}

/** One choice of a few, as labelled radio buttons under a legend. */
export function RadioGroup<T extends string>({
  legend,
  name,
  class: className,
  value,
  choices,
  disabled,
  onChange,
}: Props<T>) {
  return (
    <fieldset class={className}>
      <legend>{legend}</legend>
      {choices.map(([choice, label]) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            disabled={disabled}
            onChange={() => onChange(choice)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
