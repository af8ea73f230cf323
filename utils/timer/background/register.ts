/** Wires the focus timer into the background's events: alarms, the keyboard command, startup. */
import { browser } from 'wxt/browser';
import { timerSettings } from '../../settings/items';
import {
  isReminderAlarm,
  openReminderTarget,
  REMINDER_NOTIFICATION,
  remindToStudy,
  scheduleReminders,
} from './reminders';
import { runTimer } from './runner';
import { PHASE_END_ALARM, TICK_ALARM } from './surface';

/** The manifest's command (wxt.config.ts) that starts, pauses and resumes the timer. */
export const TOGGLE_TIMER_COMMAND = 'toggle-timer';

export function registerTimer() {
  const wake = () => {
    void runTimer({ type: 'tick' });
    void scheduleReminders(Date.now());
  };
  browser.runtime.onStartup.addListener(wake);
  browser.runtime.onInstalled.addListener(wake);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PHASE_END_ALARM || alarm.name === TICK_ALARM) void runTimer({ type: 'tick' });
    else if (isReminderAlarm(alarm.name)) void remindToStudy(Date.now());
  });
  browser.commands?.onCommand.addListener((command) => {
    if (command === TOGGLE_TIMER_COMMAND) void runTimer({ type: 'toggle' });
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === REMINDER_NOTIFICATION) void openReminderTarget();
  });
  // New lengths show at once while idle; reminders follow their settings.
  timerSettings.watch(wake);
}
