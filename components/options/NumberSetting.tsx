import { useEffect, useRef, useState } from 'preact/hooks';

interface NumberSettingProps {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  /** What the number counts, shown after it: 'minutes'. */
  unit: string;
  disabled: boolean;
  onSave(value: number): void;
}

export function isWholeNumberIn(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max;
}

/** A whole number from `min` to `max`, saved as soon as what is typed is valid; else says why. */
export function NumberSetting({ id, label, value, min, max, unit, disabled, onSave }: NumberSettingProps) {
  const [draft, setDraft] = useState(String(value));
  // Follow changes made elsewhere (another tab), not the echo of what was just saved here.
  const saved = useRef(value);
  useEffect(() => {
    if (value !== saved.current) setDraft(String(value));
    saved.current = value;
  }, [value]);
  const valid = isWholeNumberIn(draft, min, max);
  return (
    <p>
      <label for={id}>{label}</label>{' '}
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={1}
        value={draft}
        disabled={disabled}
        aria-invalid={!valid}
        aria-describedby={`${id}-hint`}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setDraft(next);
          if (!isWholeNumberIn(next, min, max)) return;
          saved.current = Number(next);
          onSave(Number(next));
        }}
        onBlur={() => {
          if (!valid) setDraft(String(value));
        }}
      />{' '}
      <span id={`${id}-hint`} class={valid ? 'muted' : 'field-error'} role={valid ? undefined : 'alert'}>
        {valid ? `${unit}, ${min} to ${max}` : `Choose a whole number from ${min} to ${max}.`}
      </span>
    </p>
  );
}
