/** The library's focus history, from recorded sessions (pure): per day and per lecture. */
import { startOfDay } from 'date-fns';
import type { FocusSession } from '../model/sessions';

export interface DayHistory {
  /** Local midnight starting the day. */
  day: number;
  focusMs: number;
  focusBlocks: number;
  breakMs: number;
}

export interface LectureHistory {
  lectureKey: string;
  /** Focus time of the blocks in which the lecture was watched or noted. */
  focusMs: number;
  focusBlocks: number;
  notes: number;
}

/** Days with sessions, newest first. A session counts on the day it started. */
export function historyByDay(sessions: readonly FocusSession[]): DayHistory[] {
  const days = new Map<number, DayHistory>();
  for (const session of sessions) {
    const day = startOfDay(session.startedAt).getTime();
    const entry = days.get(day) ?? { day, focusMs: 0, focusBlocks: 0, breakMs: 0 };
    if (session.phase === 'focus') {
      entry.focusMs += session.activeMs;
      entry.focusBlocks += 1;
    } else entry.breakMs += session.activeMs;
    days.set(day, entry);
  }
  return [...days.values()].sort((a, b) => b.day - a.day);
}

/** Lectures studied in focus blocks, most focus first. A block with two lectures counts for both. */
export function historyByLecture(sessions: readonly FocusSession[]): LectureHistory[] {
  const lectures = new Map<string, LectureHistory>();
  for (const session of sessions) {
    if (session.phase !== 'focus') continue;
    for (const lectureKey of session.lectureKeys) {
      const entry = lectures.get(lectureKey) ?? { lectureKey, focusMs: 0, focusBlocks: 0, notes: 0 };
      entry.focusMs += session.activeMs;
      entry.focusBlocks += 1;
      // Notes are counted per session; a session with several lectures shares them out evenly.
      entry.notes += session.noteCount / session.lectureKeys.length;
      lectures.set(lectureKey, entry);
    }
  }
  return [...lectures.values()]
    .map((entry) => ({ ...entry, notes: Math.round(entry.notes) }))
    .sort((a, b) => b.focusMs - a.focusMs || a.lectureKey.localeCompare(b.lectureKey));
}
