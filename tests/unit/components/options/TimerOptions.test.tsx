import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TimerOptions } from '@/components/options/TimerOptions';
import { DEFAULT_TIMER_SETTINGS, type TimerSettings, timerSettings } from '@/utils/settings/items';

/** Renders the timer options; resolves with the field labelled `label` once the stored settings are in. */
async function loadedField(label: string) {
  render(<TimerOptions />);
  const field = (await screen.findByLabelText(label)) as HTMLInputElement;
  await waitFor(() => expect(field).toBeEnabled());
  return field;
}

/** Waits until the stored timer settings have `value` as their `key`. */
const expectSaved = <K extends keyof TimerSettings>(key: K, value: TimerSettings[K]) =>
  waitFor(async () => expect((await timerSettings.getValue())[key]).toEqual(value));

describe('TimerOptions', () => {
  it('saves a valid length as it is typed and refuses one out of range, saying why', async () => {
    const focus = await loadedField('Focus block');
    fireEvent.input(focus, { target: { value: '50' } });
    await expectSaved('focusMinutes', 50);
    fireEvent.input(focus, { target: { value: '181' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Choose a whole number from 1 to 180\.$/);
    expect(focus).toHaveAttribute('aria-invalid', 'true');
    fireEvent.input(focus, { target: { value: '0' } });
    expect((await timerSettings.getValue()).focusMinutes).toBe(50);
  });

  it('edits the cadence, the switches, the weekly goal and reminders', async () => {
    const every = await loadedField('Long break after every');
    fireEvent.input(every, { target: { value: '3' } });
    await expectSaved('longBreakEvery', 3);
    fireEvent.click(screen.getByLabelText('Pause lecture videos when a break starts'));
    await expectSaved('pauseVideosOnBreak', false);
    fireEvent.click(screen.getByLabelText('Notify me when a focus block or a break ends'));
    await expectSaved('notifications', !DEFAULT_TIMER_SETTINGS.notifications);
    fireEvent.input(screen.getByLabelText('Weekly focus goal'), { target: { value: '12' } });
    await expectSaved('weeklyGoalHours', 12);

    fireEvent.click(screen.getByRole('button', { name: 'Add a reminder' }));
    await screen.findByRole('group', { name: 'Reminder 1' });
    fireEvent.click(screen.getByLabelText('Saturday'));
    await expectSaved('reminders', [{ days: [1, 2, 3, 4, 5, 6], time: '18:00' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove reminder 1' }));
    await expectSaved('reminders', []);
    expect((await timerSettings.getValue()).focusMinutes).toBe(DEFAULT_TIMER_SETTINGS.focusMinutes);
  });
});
