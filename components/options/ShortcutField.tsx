import { useState } from 'preact/hooks';
import { describeShortcut, matchesShortcut, shortcutFromEvent } from '@/utils/overlay/shortcut';
import type { Shortcut } from '@/utils/settings/native-keys';

/** Another of Lectern's shortcuts, which this one may not take. */
export interface TakenShortcut {
  shortcut: Shortcut;
  /** What it does, e.g. "opens the note editor". */
  does: string;
}

interface Props {
  /** Unique in the page: ids for the label, the value and the help. */
  id: string;
  label: string;
  /** What the shortcut does, e.g. "opens the note editor" (in the saved message). */
  does: string;
  help: string;
  /** The saved shortcut; undefined while it loads. */
  value: Shortcut | undefined;
  fallback: Shortcut;
  /** Lectern's other shortcuts: a combination one of them has is refused. */
  taken?: readonly TakenShortcut[];
  onSave: (shortcut: Shortcut) => void;
}

/**
 * One of Lectern's keyboard shortcuts in options: click it, press the new combination (Escape keeps
 * the current one), or go back to the default. A combination needs Alt, Ctrl or ⌘ (or is a function
 * key), so plain typing never triggers it, and may not be another Lectern shortcut's.
 */
export function ShortcutField({ id, label, does, help, value, fallback, taken = [], onSave }: Props) {
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState('');
  const current = describeShortcut(value ?? fallback);

  const save = (next: Shortcut, said: string) => {
    onSave(next);
    setMessage(said);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!recording || event.key === 'Tab') return;
    event.preventDefault();
    if (event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      setRecording(false);
      setMessage(`Kept ${current}.`);
      return;
    }
    const next = shortcutFromEvent(event);
    if (next === null) return;
    if ('error' in next) return setMessage(next.error);
    const clash = taken.find((other) => matchesShortcut(next, other.shortcut));
    if (clash) return setMessage(`${describeShortcut(next)} already ${clash.does}: choose another.`);
    setRecording(false);
    save(next, `Saved: ${describeShortcut(next)} now ${does}.`);
  };

  return (
    <div class="shortcut-field">
      <p class="option-field">
        <span id={`${id}-label`}>{label}</span>{' '}
        <button
          type="button"
          aria-labelledby={`${id}-label ${id}-value`}
          aria-describedby={`${id}-help`}
          disabled={value === undefined}
          onClick={() => {
            setRecording(true);
            setMessage('Press the new combination (Escape to keep the current one).');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setRecording(false)}
        >
          <kbd id={`${id}-value`}>{recording ? 'Press keys…' : current}</kbd>
        </button>{' '}
        <button type="button" onClick={() => save(fallback, `Back to ${describeShortcut(fallback)}.`)}>
          Use {describeShortcut(fallback)}
        </button>
      </p>
      <p id={`${id}-help`} class="muted">
        {help}
      </p>
      <p class={`${id}-status muted`} role="status">
        {message}
      </p>
    </div>
  );
}
