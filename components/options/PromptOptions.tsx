import { useSetting } from '@/utils/hooks/use-setting';
import { promptSettings } from '@/utils/settings/items';
import { DEFAULT_PROMPT_SETTINGS, type PromptMode, type PromptSettings } from '@/utils/settings/native-keys';
import type { Choice } from '../shared/choice';
import { RadioGroup } from '../shared/RadioGroup';
import { CheckboxSetting } from './CheckboxSetting';
import { NumberSetting } from './NumberSetting';
import { PromptSiteList } from './PromptSiteList';

const MODES: readonly Choice<PromptMode>[] = [
  ['interval', 'After every interval of lecture watched'],
  ['chapters', 'At the end of each chapter (lectures without chapters use the interval)'],
];

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
      <CheckboxSetting checked={settings.enabled} disabled={loading} onChange={(enabled) => change({ enabled })}>
        Pause for review prompts
      </CheckboxSetting>
      <NumberSetting
        id="prompt-interval"
        label="Review every (minutes)"
        value={settings.intervalMinutes}
        min={1}
        max={60}
        unit="minutes of lecture actually watched"
        disabled={loading}
        onSave={(intervalMinutes) => change({ intervalMinutes })}
      />
      <RadioGroup
        legend="When to ask"
        name="prompt-mode"
        class="stacked"
        value={settings.mode}
        choices={MODES}
        disabled={loading}
        onChange={(mode) => change({ mode })}
      />
      <CheckboxSetting
        checked={settings.resumeAfterAnswer}
        disabled={loading}
        onChange={(resumeAfterAnswer) => change({ resumeAfterAnswer })}
      >
        Resume the lecture after I save an answer
      </CheckboxSetting>
      <PromptSiteList
        sites={settings.disabledSites}
        disabled={loading}
        onChange={(disabledSites) => change({ disabledSites })}
      />
    </section>
  );
}
