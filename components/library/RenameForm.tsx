import { useEffect, useRef, useState } from 'preact/hooks';
import { couldNot } from '../shared/could-not';

interface Props {
  title: string;
  onSave: (title: string) => Promise<void>;
  onCancel: () => void;
  /** The field's label and what it names: a lecture's title unless told. */
  label?: string;
  /** Said when the field is left empty. */
  emptyError?: string;
  saveLabel?: string;
  /** What failed, for the error: "rename the lecture". */
  action?: string;
  maxLength?: number;
  /** The field's id (unique on the page). */
  id?: string;
}

/** Renames something in place (a lecture, a course): Enter saves, Escape cancels. */
export function RenameForm({
  title,
  onSave,
  onCancel,
  label = 'Lecture title',
  emptyError = 'A lecture needs a title.',
  saveLabel = 'Save title',
  action = 'rename the lecture',
  maxLength = 500,
  id = 'rename-input',
}: Props) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!value.trim()) {
      setError(emptyError);
      return;
    }
    try {
      await onSave(value);
    } catch (failure) {
      setError(couldNot(action, failure));
    }
  };
  return (
    <form class="rename-form" onSubmit={save}>
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={input}
        value={value}
        dir="auto"
        maxLength={maxLength}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" class="primary">
        {saveLabel}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
