import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TimerOptions } from '@/components/options/TimerOptions';
import { DEFAULT_TIMER_SETTINGS, timerSettings } from '@/utils/settings/items';

describe('TimerOptions', () => {
  it('saves a valid length as it is typed and refuses one out of range, saying why', async () => {
    render(<TimerOptions />);
    const focus = (await screen.findByLabelText('Focus block')) as HTMLInputElement;
    await waitFor(() => expect(focus).toBeEnabled());
    fireEvent.input(focus, { target: { value: '50' } });
    await waitFor(async () => expect((await timerSettings.getValue()).focusMinutes).toBe(50));
    fireEvent.input(focus, { target: { value: '181' } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Choose a whole number from 1 to 180\.$/);
    expect(focus).toHaveAttribute('aria-invalid', 'true');
    fireEvent.input(focus, { target: { value: '0' } });
    expect((await timerSettings.getValue()).focusMinutes).toBe(50);
  });

  it('edits the cadence, the switches, the weekly goal and reminders', async () => {
    render(<TimerOptions />);
    const every = (await screen.findByLabelText('Long break after every')) as HTMLInputElement;
    await waitFor(() => expect(every).toBeEnabled());
    fireEvent.input(every, { target: { value: '3' } });
    await waitFor(async () => expect((await timerSettings.getValue()).longBreakEvery).toBe(3));
    fireEvent.click(screen.getByLabelText('Pause lecture videos when a break starts'));
    await waitFor(async () => expect((await timerSettings.getValue()).pauseVideosOnBreak).toBe(false));
    fireEvent.click(screen.getByLabelText('Notify me when a focus block or a break ends'));
    await waitFor(async () =>
      expect((await timerSettings.getValue()).notifications).toBe(!DEFAULT_TIMER_SETTINGS.notifications),
    );
    fireEvent.input(screen.getByLabelText('Weekly focus goal'), { target: { value: '12' } });
    await waitFor(async () => expect((await timerSettings.getValue()).weeklyGoalHours).toBe(12));

    fireEvent.click(screen.getByRole('button', { name: 'Add a reminder' }));
    await screen.findByRole('group', { name: 'Reminder 1' });
    fireEvent.click(screen.getByLabelText('Saturday'));
    await waitFor(async () =>
      expect((await timerSettings.getValue()).reminders).toEqual([{ days: [1, 2, 3, 4, 5, 6], time: '18:00' }]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove reminder 1' }));
    await waitFor(async () => expect((await timerSettings.getValue()).reminders).toEqual([]));
    expect((await timerSettings.getValue()).focusMinutes).toBe(DEFAULT_TIMER_SETTINGS.focusMinutes);
  });
});
