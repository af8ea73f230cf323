/** The study plan's pure parts: when a study reminder is next due, and which lecture to resume. */
import { addDays, setHours, setMinutes, startOfDay } from 'date-fns';
import type { Lecture } from '../model/lectures';
import { coveredSeconds } from '../model/ranges';
import type { StudyReminder } from '../settings/items';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidReminderTime(time: string): boolean {
  return TIME.test(time);
}

/** The next moment (epoch ms, local time) strictly after `now` that the reminder is due, if ever. */
export function nextReminderAt(reminder: StudyReminder, now: number): number | null {
  const match = TIME.exec(reminder.time);
  if (!match || reminder.days.length === 0) return null;
  const today = startOfDay(now);
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(today, offset);
    if (!reminder.days.includes(day.getDay())) continue;
    const at = setMinutes(setHours(day, Number(match[1])), Number(match[2])).getTime();
    if (at > now) return at;
  }
  return null;
}

/** Watched far enough to call it done: 90% of its length, or within the last minute. */
export function isLectureFinished(lecture: Lecture): boolean {
  if (!lecture.duration) return false;
  return coveredSeconds(lecture.watched) >= lecture.duration * 0.9 || lecture.lastPosition >= lecture.duration - 60;
}

/** The lecture the student last left unfinished (from the most recently watched first). */
export function pickUnfinishedLecture(lecturesByRecent: readonly Lecture[]): Lecture | undefined {
  return lecturesByRecent.find((lecture) => !isLectureFinished(lecture));
}
