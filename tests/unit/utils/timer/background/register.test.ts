import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordLectureSighting } from '@/utils/db/lectures';
import { DEFAULT_TIMER_SETTINGS, timerSettings } from '@/utils/settings/items';
import { registerTimer, TOGGLE_TIMER_COMMAND } from '@/utils/timer/background/register';
import { REMINDER_NOTIFICATION } from '@/utils/timer/background/reminders';
import { timerStateItem } from '@/utils/timer/storage';

/** WXT's fake browser has no `commands`: a minimal event to fire the keyboard command. */
function fakeCommands() {
  const listeners: ((command: string) => void)[] = [];
  Object.assign(fakeBrowser, {
    commands: { onCommand: { addListener: (listener: (command: string) => void) => listeners.push(listener) } },
  });
  return (command: string) => {
    for (const listener of listeners) listener(command);
  };
}

const status = async () => (await timerStateItem.getValue())?.state.status;

describe('the timer in the background', () => {
  it('the keyboard command starts, pauses and resumes the timer', async () => {
    const press = fakeCommands();
    registerTimer();
    press(TOGGLE_TIMER_COMMAND);
    await vi.waitFor(async () => expect(await status()).toBe('running'));
    press(TOGGLE_TIMER_COMMAND);
    await vi.waitFor(async () => expect(await status()).toBe('paused'));
    press('something-else');
    press(TOGGLE_TIMER_COMMAND);
    await vi.waitFor(async () => expect(await status()).toBe('running'));
  });

  it('schedules study reminders, and one offers the lecture last left unfinished, opened on click', async () => {
    fakeCommands();
    const seen = { platform: 'generic', site: 'a.edu', duration: 600 };
    await recordLectureSighting({ ...seen, key: 'half', title: 'Half watched', url: 'https://a.edu/half' }, 1000);
    await timerSettings.setValue({
      ...DEFAULT_TIMER_SETTINGS,
      reminders: [{ days: [0, 1, 2, 3, 4, 5, 6], time: '07:30' }],
    });
    registerTimer();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await browser.alarms.get('reminder:0')).toBeDefined());
    const due = (await browser.alarms.get('reminder:0'))?.scheduledTime ?? 0;
    expect(new Date(due).getHours() * 60 + new Date(due).getMinutes()).toBe(7 * 60 + 30);
    expect(due).toBeGreaterThan(Date.now());

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'reminder:0', scheduledTime: due });
    await vi.waitFor(async () => expect(await browser.notifications.getAll()).toHaveProperty(REMINDER_NOTIFICATION));
    const shown = (await browser.notifications.getAll()) as unknown as Record<string, { message: string }>;
    expect(shown[REMINDER_NOTIFICATION]?.message).toContain('Half watched');

    const create = vi.spyOn(browser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://a.edu/half' }));
  });
});
