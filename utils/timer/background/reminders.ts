/**
 * Study-time reminders: one alarm per reminder (`reminder:<index>`) at its next due time; when it
 * fires, a notification offers the lecture the student last left unfinished, and the alarm is set
 * for the next time. Rescheduled when the settings change and when the browser starts.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { listLecturesByRecent } from '../../db/lectures';
import { timerSettings } from '../../settings/items';
import { nextReminderAt, pickUnfinishedLecture } from '../study-plan';

const PREFIX = 'reminder:';
export const REMINDER_NOTIFICATION = 'lectern-reminder';

/** The page the last reminder offers (opened when the student clicks the notification). */
const reminderTargetItem = storage.defineItem<string | null>('local:reminderTarget', { fallback: null });

export function isReminderAlarm(name: string): boolean {
  return name.startsWith(PREFIX);
}

export async function scheduleReminders(now: number): Promise<void> {
  const { reminders } = await timerSettings.getValue();
  const alarms = await browser.alarms.getAll();
  await Promise.all(
    alarms.filter((alarm) => isReminderAlarm(alarm.name)).map((alarm) => browser.alarms.clear(alarm.name)),
  );
  reminders.forEach((reminder, index) => {
    const when = nextReminderAt(reminder, now);
    if (when !== null) browser.alarms.create(`${PREFIX}${index}`, { when });
  });
}

export async function remindToStudy(now: number): Promise<void> {
  const lecture = pickUnfinishedLecture(await listLecturesByRecent());
  await reminderTargetItem.setValue(lecture?.url ?? browser.runtime.getURL('/dashboard.html'));
  await browser.notifications.create(REMINDER_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Time to study',
    message: lecture
      ? `Continue “${lecture.title || lecture.site}” — click to open it.`
      : 'Click to open your library.',
  });
  await scheduleReminders(now);
}

export async function openReminderTarget(): Promise<void> {
  const url = await reminderTargetItem.getValue();
  if (url) await browser.tabs.create({ url });
}
