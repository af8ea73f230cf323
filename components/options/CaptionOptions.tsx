import { useSetting } from '@/utils/hooks/use-setting';
import { captionSettings } from '@/utils/settings/items';
import { type CaptionSettings, DEFAULT_CAPTION_SETTINGS } from '@/utils/settings/native-keys';
import { CheckboxSetting } from './CheckboxSetting';
import { NumberSetting } from './NumberSetting';

/** Captions: whether a note keeps the words said just before it, how many seconds of them, and loading captions that are off. */
export function CaptionOptions() {
  const [stored, save] = useSetting(captionSettings);
  const settings = stored ?? DEFAULT_CAPTION_SETTINGS;
  const loading = stored === undefined;
  const keeps = settings.windowSeconds > 0;
  const change = (changes: Partial<CaptionSettings>) => void save({ ...settings, ...changes });

  return (
    <section aria-labelledby="caption-options">
      <h2 id="caption-options">Captions</h2>
      <p class="muted">
        When the lecture has captions, a note keeps what was said just before it: you see it under the note, search it,
        and it goes into your exports. Press Alt+C in the note editor to make it the note's text.
      </p>
      <CheckboxSetting
        checked={keeps}
        disabled={loading}
        onChange={(on) => change({ windowSeconds: on ? DEFAULT_CAPTION_SETTINGS.windowSeconds : 0 })}
      >
        Keep the caption said before each note
      </CheckboxSetting>
      {keeps ? (
        <NumberSetting
          id="caption-window"
          label="Seconds of captions before the note"
          value={settings.windowSeconds}
          min={1}
          max={60}
          unit="seconds"
          disabled={loading}
          onSave={(windowSeconds) => change({ windowSeconds })}
        />
      ) : null}
      <CheckboxSetting
        checked={settings.loadForNotes}
        disabled={loading || !keeps}
        onChange={(loadForNotes) => change({ loadForNotes })}
      >
        Load captions for notes when they are off (they stay hidden on the video)
      </CheckboxSetting>
    </section>
  );
}
