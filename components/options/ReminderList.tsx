import type { StudyReminder } from '@/utils/settings/items';
import { isValidReminderTime } from '@/utils/timer/study-plan';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface ReminderListProps {
  reminders: StudyReminder[];
  disabled: boolean;
  onChange(reminders: StudyReminder[]): void;
}

/** Study-time reminders: days of the week and a time each; added, edited and removed in place. */
export function ReminderList({ reminders, disabled, onChange }: ReminderListProps) {
  const update = (index: number, change: Partial<StudyReminder>) =>
    onChange(reminders.map((reminder, at) => (at === index ? { ...reminder, ...change } : reminder)));
  return (
    <fieldset>
      <legend>Study-time reminders</legend>
      <p class="muted">A notification at these times offers the lecture you last left unfinished.</p>
      {reminders.length === 0 ? <p class="muted">No reminders yet.</p> : null}
      {reminders.map((reminder, index) => (
        <fieldset class="reminder" key={index} aria-label={`Reminder ${index + 1}`}>
          {DAYS.map((day, weekday) => (
            <label key={day} class="reminder-day">
              <input
                type="checkbox"
                aria-label={DAY_NAMES[weekday]}
                checked={reminder.days.includes(weekday)}
                disabled={disabled}
                onChange={(event) =>
                  update(index, {
                    days: event.currentTarget.checked
                      ? [...reminder.days, weekday].sort()
                      : reminder.days.filter((other) => other !== weekday),
                  })
                }
              />
              <span aria-hidden="true">{day}</span>
            </label>
          ))}{' '}
          <label>
            at{' '}
            <input
              type="time"
              value={reminder.time}
              disabled={disabled}
              onChange={(event) => {
                if (isValidReminderTime(event.currentTarget.value)) update(index, { time: event.currentTarget.value });
              }}
            />
          </label>{' '}
          <button type="button" disabled={disabled} onClick={() => onChange(reminders.filter((_, at) => at !== index))}>
            Remove reminder {index + 1}
          </button>
          {reminder.days.length === 0 ? <span class="field-error"> Choose at least one day.</span> : null}
        </fieldset>
      ))}
      <button
        type="button"
        disabled={disabled}
        onClick={() => onChange([...reminders, { days: [1, 2, 3, 4, 5], time: '18:00' }])}
      >
        Add a reminder
      </button>
    </fieldset>
  );
}
