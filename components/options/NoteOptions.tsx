import { useSetting } from '@/utils/hooks/use-setting';
import { noteShortcutSetting, pauseWhileTypingSetting } from '@/utils/settings/items';
import { DEFAULT_NOTE_SHORTCUT } from '@/utils/settings/native-keys';
import { ShortcutField } from './ShortcutField';

/** Notes: the shortcut that opens the note editor, and pausing the video while typing. */
export function NoteOptions() {
  const [shortcut, saveShortcut] = useSetting(noteShortcutSetting);
  const [pause, savePause] = useSetting(pauseWhileTypingSetting);

  return (
    <section aria-labelledby="note-options">
      <h2 id="note-options">Notes</h2>
      <ShortcutField
        id="note-shortcut"
        label="Note shortcut"
        does="opens the note editor"
        help="Opens the note editor at the current moment of the lecture. Click the shortcut, then press a combination with Alt, Ctrl or ⌘ (or a function key)."
        value={shortcut}
        fallback={DEFAULT_NOTE_SHORTCUT}
        onSave={(next) => void saveShortcut(next)}
      />
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
