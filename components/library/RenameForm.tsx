import { useEffect, useRef, useState } from 'preact/hooks';
import { couldNot } from '../shared/could-not';

interface Props {
  title: string;
  onSave: (title: string) => Promise<void>;
  onCancel: () => void;
}

/** Renames a lecture in place: Enter saves, Escape cancels. */
export function RenameForm({ title, onSave, onCancel }: Props) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!value.trim()) {
      setError('A lecture needs a title.');
      return;
    }
    try {
      await onSave(value);
    } catch (failure) {
      setError(couldNot('rename the lecture', failure));
    }
  };
  return (
    <form class="rename-form" onSubmit={save}>
      <label for="rename-input">Lecture title</label>
      <input
        id="rename-input"
        ref={input}
        value={value}
        maxLength={500}
        onInput={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" class="primary">
        Save title
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
