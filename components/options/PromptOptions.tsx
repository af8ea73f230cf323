import { useEffect, useState } from 'preact/hooks';
import { useSetting } from '@/utils/hooks/use-setting';
import { promptSettings } from '@/utils/settings/items';
import { DEFAULT_PROMPT_SETTINGS, type PromptMode, type PromptSettings } from '@/utils/settings/native-keys';
import { PromptSiteList } from './PromptSiteList';

/** Review prompts: on/off, how often or at chapter ends, resume after answering, sites where they are off. */
export function PromptOptions() {
  const [stored, save] = useSetting(promptSettings);
  const settings = stored ?? DEFAULT_PROMPT_SETTINGS;
  const loading = stored === undefined;
  const change = (changes: Partial<PromptSettings>) => void save({ ...settings, ...changes });

  return (
    <section aria-labelledby="prompt-options">
      <h2 id="prompt-options">Review prompts</h2>
      <p class="muted">
        Now and then Lectern pauses the lecture and asks you to recall what you just watched: it helps you stay focused
        and remember more.
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            disabled={loading}
            onChange={(event) => change({ enabled: event.currentTarget.checked })}
          />{' '}
          Pause for review prompts
        </label>
      </p>
      <IntervalField
        minutes={settings.intervalMinutes}
        disabled={loading}
        onSave={(intervalMinutes) => change({ intervalMinutes })}
      />
      <fieldset>
        <legend>When to ask</legend>
        {(
          [
            ['interval', 'After every interval of lecture watched'],
            ['chapters', 'At the end of each chapter (lectures without chapters use the interval)'],
          ] as [PromptMode, string][]
        ).map(([mode, label]) => (
          <label key={mode} style={{ display: 'block' }}>
            <input
              type="radio"
              name="prompt-mode"
              value={mode}
              checked={settings.mode === mode}
              disabled={loading}
              onChange={() => change({ mode })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <p>
        <label>
          <input
            type="checkbox"
            checked={settings.resumeAfterAnswer}
            disabled={loading}
            onChange={(event) => change({ resumeAfterAnswer: event.currentTarget.checked })}
          />{' '}
          Resume the lecture after I save an answer
        </label>
      </p>
      <PromptSiteList
        sites={settings.disabledSites}
        disabled={loading}
        onChange={(disabledSites) => change({ disabledSites })}
      />
    </section>
  );
}

interface IntervalProps {
  minutes: number;
  disabled: boolean;
  onSave(minutes: number): void;
}

/** The interval in whole minutes, 1 to 60; saved as soon as what is typed is valid. */
function IntervalField({ minutes, disabled, onSave }: IntervalProps) {
  const [draft, setDraft] = useState(String(minutes));
  useEffect(() => setDraft(String(minutes)), [minutes]);
  const value = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= 60;
  return (
    <p>
      <label for="prompt-interval">Review every (minutes)</label>{' '}
      <input
        id="prompt-interval"
        type="number"
        min={1}
        max={60}
        step={1}
        value={draft}
        disabled={disabled}
        aria-invalid={!valid}
        aria-describedby="prompt-interval-hint"
        onInput={(event) => {
          const next = event.currentTarget.value;
          setDraft(next);
          const number = Number(next);
          if (next.trim() !== '' && Number.isInteger(number) && number >= 1 && number <= 60) onSave(number);
        }}
        onBlur={() => {
          if (!valid) setDraft(String(minutes));
        }}
      />{' '}
      <span
        id="prompt-interval-hint"
        class={valid ? 'muted' : undefined}
        style={valid ? undefined : { color: 'var(--danger)' }}
      >
        {valid ? 'minutes of lecture actually watched, 1 to 60' : 'Choose a whole number from 1 to 60.'}
      </span>
    </p>
  );
}
