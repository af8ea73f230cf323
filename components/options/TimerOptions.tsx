import { useSetting } from '@/utils/hooks/use-setting';
import { DEFAULT_TIMER_SETTINGS, type TimerSettings, timerSettings } from '@/utils/settings/items';
import { CheckboxSetting } from './CheckboxSetting';
import { NumberSetting } from './NumberSetting';
import { ReminderList } from './ReminderList';
import './timer-options.css';

type NumberKey = 'focusMinutes' | 'shortBreakMinutes' | 'longBreakMinutes' | 'longBreakEvery' | 'weeklyGoalHours';

/** The timer's numbers: each field's id, label, range and unit. */
const NUMBER_FIELDS: Record<NumberKey, { id: string; label: string; min: number; max: number; unit: string }> = {
  focusMinutes: { id: 'timer-focus', label: 'Focus block', min: 1, max: 180, unit: 'minutes' },
  shortBreakMinutes: { id: 'timer-short-break', label: 'Short break', min: 1, max: 180, unit: 'minutes' },
  longBreakMinutes: { id: 'timer-long-break', label: 'Long break', min: 1, max: 180, unit: 'minutes' },
  longBreakEvery: {
    id: 'timer-long-break-every',
    label: 'Long break after every',
    min: 1,
    max: 12,
    unit: 'focus blocks',
  },
  weeklyGoalHours: {
    id: 'timer-weekly-goal',
    label: 'Weekly focus goal',
    min: 0,
    max: 100,
    unit: 'hours (0 for no goal)',
  },
};

/** The focus timer and the study plan: lengths, long-break cadence, breaks, goal and reminders. */
export function TimerOptions() {
  const [stored, save] = useSetting(timerSettings);
  const settings = stored ?? DEFAULT_TIMER_SETTINGS;
  const disabled = stored === undefined;
  const change = (changes: Partial<TimerSettings>) => void save({ ...settings, ...changes });
  const number = (key: NumberKey) => (
    <NumberSetting
      {...NUMBER_FIELDS[key]}
      value={settings[key]}
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
      {number('focusMinutes')}
      {number('shortBreakMinutes')}
      {number('longBreakMinutes')}
      {number('longBreakEvery')}
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
      {number('weeklyGoalHours')}
      <ReminderList
        reminders={settings.reminders}
        disabled={disabled}
        onChange={(reminders) => change({ reminders })}
      />
    </section>
  );
}
