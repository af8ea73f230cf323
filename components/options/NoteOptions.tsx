import { useState } from 'preact/hooks';
import { useSetting } from '@/utils/hooks/use-setting';
import { describeShortcut, shortcutFromEvent } from '@/utils/overlay/shortcut';
import { noteShortcutSetting, pauseWhileTypingSetting } from '@/utils/settings/items';
import { DEFAULT_NOTE_SHORTCUT } from '@/utils/settings/native-keys';

/** Notes: the shortcut that opens the note editor, and pausing the video while typing. */
export function NoteOptions() {
  const [shortcut, saveShortcut] = useSetting(noteShortcutSetting);
  const [pause, savePause] = useSetting(pauseWhileTypingSetting);
  const [recording, setRecording] = useState(false);
  const [message, setMessage] = useState('');
  const current = describeShortcut(shortcut ?? DEFAULT_NOTE_SHORTCUT);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!recording) return;
    if (event.key === 'Tab') return;
    event.preventDefault();
    if (event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      setRecording(false);
      setMessage(`Kept ${current}.`);
      return;
    }
    const next = shortcutFromEvent(event);
    if (next === null) return;
    if ('error' in next) {
      setMessage(next.error);
      return;
    }
    void saveShortcut(next);
    setRecording(false);
    setMessage(`Saved: ${describeShortcut(next)} now opens the note editor.`);
  };

  return (
    <section aria-labelledby="note-options">
      <h2 id="note-options">Notes</h2>
      <p class="option-field">
        <span id="note-shortcut-label">Note shortcut</span>{' '}
        <button
          type="button"
          aria-labelledby="note-shortcut-label note-shortcut-value"
          aria-describedby="note-shortcut-help"
          disabled={shortcut === undefined}
          onClick={() => {
            setRecording(true);
            setMessage('Press the new combination (Escape to keep the current one).');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setRecording(false)}
        >
          <kbd id="note-shortcut-value">{recording ? 'Press keys…' : current}</kbd>
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            void saveShortcut(DEFAULT_NOTE_SHORTCUT);
            setMessage(`Back to ${describeShortcut(DEFAULT_NOTE_SHORTCUT)}.`);
          }}
        >
          Use {describeShortcut(DEFAULT_NOTE_SHORTCUT)}
        </button>
      </p>
      <p id="note-shortcut-help" class="muted">
        Opens the note editor at the current moment of the lecture. Click the shortcut, then press a combination with
        Alt, Ctrl or ⌘ (or a function key).
      </p>
      <p class="note-shortcut-status muted" role="status">
        {message}
      </p>
      <label class="option-field">
        <input
          type="checkbox"
          checked={pause ?? true}
          disabled={pause === undefined}
          onChange={(event) => void savePause(event.currentTarget.checked)}
        />{' '}
        Pause the video while I type a note (it plays on when I save)
      </label>
    </section>
  );
}
