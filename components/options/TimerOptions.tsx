import { useSetting } from '@/utils/hooks/use-setting';
import { DEFAULT_TIMER_SETTINGS, type TimerSettings, timerSettings } from '@/utils/settings/items';
import { CheckboxSetting } from './CheckboxSetting';
import { NumberSetting } from './NumberSetting';
import { ReminderList } from './ReminderList';
import './timer-options.css';

/** The focus timer and the study plan: lengths, long-break cadence, breaks, goal and reminders. */
export function TimerOptions() {
  const [stored, save] = useSetting(timerSettings);
  const settings = stored ?? DEFAULT_TIMER_SETTINGS;
  const disabled = stored === undefined;
  const change = (changes: Partial<TimerSettings>) => void save({ ...settings, ...changes });
  const minutes = (id: string, label: string, key: 'focusMinutes' | 'shortBreakMinutes' | 'longBreakMinutes') => (
    <NumberSetting
      id={id}
      label={label}
      value={settings[key]}
      min={1}
      max={180}
      unit="minutes"
      disabled={disabled}
      onSave={(value) => change({ [key]: value })}
    />
  );
  return (
    <section aria-labelledby="timer-options">
      <h2 id="timer-options">Focus timer</h2>
      <p class="muted">
        Focused blocks and real breaks, from the Lectern button. New lengths apply from the next block.
      </p>
      {minutes('timer-focus', 'Focus block', 'focusMinutes')}
      {minutes('timer-short-break', 'Short break', 'shortBreakMinutes')}
      {minutes('timer-long-break', 'Long break', 'longBreakMinutes')}
      <NumberSetting
        id="timer-long-break-every"
        label="Long break after every"
        value={settings.longBreakEvery}
        min={1}
        max={12}
        unit="focus blocks"
        disabled={disabled}
        onSave={(longBreakEvery) => change({ longBreakEvery })}
      />
      <CheckboxSetting
        checked={settings.pauseVideosOnBreak}
        disabled={disabled}
        onChange={(pauseVideosOnBreak) => change({ pauseVideosOnBreak })}
      >
        Pause lecture videos when a break starts
      </CheckboxSetting>
      <CheckboxSetting
        checked={settings.notifications}
        disabled={disabled}
        onChange={(notifications) => change({ notifications })}
      >
        Notify me when a focus block or a break ends
      </CheckboxSetting>
      <h3>Study plan</h3>
      <NumberSetting
        id="timer-weekly-goal"
        label="Weekly focus goal"
        value={settings.weeklyGoalHours}
        min={0}
        max={100}
        unit="hours (0 for no goal)"
        disabled={disabled}
        onSave={(weeklyGoalHours) => change({ weeklyGoalHours })}
      />
      <ReminderList
        reminders={settings.reminders}
        disabled={disabled}
        onChange={(reminders) => change({ reminders })}
      />
    </section>
  );
}
