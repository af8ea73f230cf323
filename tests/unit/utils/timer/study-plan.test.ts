import { describe, expect, it } from 'vitest';
import type { Lecture } from '@/utils/model/lectures';
import { isLectureFinished, nextReminderAt, pickUnfinishedLecture } from '@/utils/timer/study-plan';
import { sampleLecture } from '../library/sample-lecture';

// Wednesday 25 November 2026, 18:30 local time.
const NOW = new Date(2026, 10, 25, 18, 30).getTime();
const local = (day: number, hour: number, minute: number) => new Date(2026, 10, day, hour, minute).getTime();

describe('study reminders', () => {
  it.each([
    ['later today', { days: [3], time: '19:00' }, local(25, 19, 0)],
    ['passed today: next week', { days: [3], time: '18:00' }, local(25 + 7, 18, 0)],
    ['the next chosen day', { days: [1, 5], time: '08:15' }, local(27, 8, 15)],
    ['exactly now is not due again', { days: [3], time: '18:30' }, local(32, 18, 30)],
  ])('%s', (_name, reminder, expected) => {
    expect(nextReminderAt(reminder, NOW)).toBe(expected);
  });

  it('never for no day or a malformed time', () => {
    expect(nextReminderAt({ days: [], time: '18:00' }, NOW)).toBeNull();
    expect(nextReminderAt({ days: [1], time: '25:00' }, NOW)).toBeNull();
  });
});

const lecture = (key: string, changes: Partial<Lecture>) =>
  sampleLecture(key, { url: `https://a.edu/${key}`, duration: 1000, ...changes });

describe('the lecture to resume', () => {
  it('is the most recent one not watched to its end', () => {
    const done = lecture('done', { watched: [[0, 950]] });
    const nearEnd = lecture('near-end', { lastPosition: 960 });
    const half = lecture('half', { watched: [[0, 500]], lastPosition: 500 });
    expect(isLectureFinished(done)).toBe(true);
    expect(isLectureFinished(nearEnd)).toBe(true);
    expect(pickUnfinishedLecture([done, nearEnd, half])?.key).toBe('half');
    expect(pickUnfinishedLecture([lecture('unknown-length', { duration: null })])?.key).toBe('unknown-length');
    expect(pickUnfinishedLecture([done])).toBeUndefined();
  });
});
