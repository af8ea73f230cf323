import type { ComponentChildren } from 'preact';

interface CheckboxSettingProps {
  checked: boolean;
  disabled: boolean;
  onChange(checked: boolean): void;
  /** The label; the whole line is clickable. */
  children: ComponentChildren;
}

/** One on/off setting: a labelled checkbox, saved as soon as it changes. */
export function CheckboxSetting({ checked, disabled, onChange, children }: CheckboxSettingProps) {
  return (
    <p>
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        {children}
      </label>
    </p>
  );
}
