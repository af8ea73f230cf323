/** The lectures repository: the only code that reads and writes the `lectures` table. */

import type { Lecture, LectureSighting, Played, PromptOutcomes } from '../model/lectures';
import type { Note } from '../model/notes';
import { addRange, type Range } from '../model/ranges';
import type { Snapshot } from '../model/snapshots';
import { isUnnamedCourseTitle } from '../model/unnamed-course';
import { addPlayed } from '../speed/time-saved';
import { db } from './database';

const hostOf = (href: string) => (URL.canParse(href) ? new URL(href).hostname : '');

/** The sighting comes from the site of the lecture's stored page (or the lecture has none yet). */
function isFromHome(existing: Lecture, seen: LectureSighting): boolean {
  const home = hostOf(existing.url);
  return Boolean(seen.url) && (!home || hostOf(seen.url) === home);
}

/**
 * Where a lecture is watched (the page to return to, its course) follows only sightings from the
 * site that page is on: another site can embed the same player (a Kaltura or YouTube iframe), and
 * must not send the library's "open at this moment" to its own page, nor file the lecture under
 * its course.
 */
function whereSeen(existing: Lecture, seen: LectureSighting): Partial<Pick<Lecture, 'url' | 'site' | 'course'>> {
  if (!isFromHome(existing, seen)) return {};
  // A course once named keeps its name (a frame that cannot see the LMS page names it less well),
  // unless all it had was its address (`Course 4821 (canvas.example.edu)`).
  const kept =
    existing.course && existing.course.id === seen.course?.id && !isUnnamedCourseTitle(existing.course.title);
  return { url: seen.url, site: seen.site, ...(seen.course && !kept ? { course: seen.course } : {}) };
}

/**
 * The title a newer sighting leaves: its own while the lecture has no notes and the student has
 * not renamed it (a page that shows the lecture's name after the video appears, an SPA's stale
 * title, is read again), and only from the site of the lecture's page (another site framing the
 * same player may not rename it); else the stored one (what the student's notes are filed under).
 */
function titleAfter(existing: Lecture, seen: LectureSighting, hasNotes: boolean): string {
  if (!existing.title) return seen.title;
  if (existing.renamed || hasNotes || !seen.title || !isFromHome(existing, seen)) return existing.title;
  return seen.title;
}

/** Records that the student has a lecture open; creates it on the first visit. */
export async function recordLectureSighting(seen: LectureSighting, now: number): Promise<Lecture> {
  return db.transaction('rw', db.lectures, db.notes, async () => {
    const existing = await db.lectures.get(seen.key);
    const hasNotes = existing ? (await db.notes.where('lectureKey').equals(seen.key).limit(1).count()) > 0 : false;
    const lecture: Lecture = existing
      ? {
          ...existing,
          title: titleAfter(existing, seen, hasNotes),
          ...whereSeen(existing, seen),
          duration: seen.duration ?? existing.duration,
          updatedAt: now,
          lastWatchedAt: now,
        }
      : { ...seen, lastPosition: 0, watched: [], createdAt: now, updatedAt: now, lastWatchedAt: now };
    await db.lectures.put(lecture);
    return lecture;
  });
}

/** Records playback progress: the last position and a newly watched range. */
export async function recordProgress(key: string, position: number, watched: Range | null, now: number) {
  await db.transaction('rw', db.lectures, async () => {
    const lecture = await db.lectures.get(key);
    if (!lecture) return;
    await db.lectures.put({
      ...lecture,
      lastPosition: position,
      watched: watched ? addRange(lecture.watched, watched) : lecture.watched,
      updatedAt: now,
      lastWatchedAt: now,
    });
  });
}

/** Remembers the speed the student chose for a lecture; resolves to the lecture, or undefined if unknown. */
export async function setLectureSpeed(key: string, speed: number, now: number): Promise<Lecture | undefined> {
  return db.transaction('rw', db.lectures, async () => {
    const lecture = await db.lectures.get(key);
    if (!lecture) return undefined;
    const updated = { ...lecture, speed, updatedAt: now };
    await db.lectures.put(updated);
    return updated;
  });
}

/** Adds playing time (lecture and wall-clock seconds) to a lecture's local `day`; nothing if it is unknown. */
export async function addLecturePlayTime(key: string, day: string, played: Played): Promise<void> {
  await db.transaction('rw', db.lectures, async () => {
    const lecture = await db.lectures.get(key);
    if (lecture) await db.lectures.put({ ...lecture, playTime: addPlayed(lecture.playTime, day, played) });
  });
}

export function getLecture(key: string): Promise<Lecture | undefined> {
  return db.lectures.get(key);
}

/** Every lecture, the most recently watched first. */
export function listLecturesByRecent(): Promise<Lecture[]> {
  return db.lectures.orderBy('lastWatchedAt').reverse().toArray();
}

export const NO_PROMPT_OUTCOMES: PromptOutcomes = { answered: 0, skipped: 0, snoozed: 0, prompted: [], rewatch: [] };

/** Changes a lecture's review-prompt outcomes; resolves to them, or null if the lecture is unknown. */
export async function updateLecturePrompts(
  key: string,
  change: (outcomes: PromptOutcomes) => PromptOutcomes,
  now: number,
): Promise<PromptOutcomes | null> {
  return db.transaction('rw', db.lectures, async () => {
    const lecture = await db.lectures.get(key);
    if (!lecture) return null;
    const prompts = change(lecture.prompts ?? NO_PROMPT_OUTCOMES);
    await db.lectures.put({ ...lecture, prompts, updatedAt: now });
    return prompts;
  });
}

/** Lectures last watched in a span of wall-clock time, [from, to] (a focus session's lectures). */
export function listLecturesWatchedBetween(from: number, to: number): Promise<Lecture[]> {
  return db.lectures.where('lastWatchedAt').between(from, to, true, true).toArray();
}

/** Gives a lecture the student's own title (kept on later visits: `renamed`). Resolves to the lecture, or undefined if gone. */
export async function renameLecture(key: string, title: string, now: number): Promise<Lecture | undefined> {
  const trimmed = title.trim();
  if (!trimmed) throw new Error('A lecture needs a title.');
  return db.transaction('rw', db.lectures, async () => {
    const lecture = await db.lectures.get(key);
    if (!lecture) return undefined;
    const renamed: Lecture = { ...lecture, title: trimmed, renamed: true, updatedAt: now };
    await db.lectures.put(renamed);
    return renamed;
  });
}

/** What `deleteLectureWithNotes` removed, kept by the caller so the student can undo. */
export interface RemovedLecture {
  lecture: Lecture;
  notes: Note[];
  snapshots: Snapshot[];
}

/** Deletes a lecture and all its notes in one transaction: both go, or neither. */
export async function deleteLectureWithNotes(key: string): Promise<RemovedLecture | undefined> {
  return db.transaction('rw', db.lectures, db.notes, db.snapshots, async () => {
    const lecture = await db.lectures.get(key);
    if (!lecture) return undefined;
    const notes = await db.notes.where('lectureKey').equals(key).toArray();
    const ids = notes.map((note) => note.id);
    const snapshots = (await db.snapshots.bulkGet(ids)).filter((item): item is Snapshot => item !== undefined);
    await db.notes.bulkDelete(ids);
    await db.snapshots.bulkDelete(ids);
    await db.lectures.delete(key);
    return { lecture, notes, snapshots };
  });
}

/** Undo of `deleteLectureWithNotes`: puts the lecture and its notes back as they were, in one transaction. */
export async function restoreLectureWithNotes(removed: RemovedLecture): Promise<void> {
  await db.transaction('rw', db.lectures, db.notes, db.snapshots, async () => {
    await db.lectures.put(removed.lecture);
    await db.notes.bulkPut(removed.notes);
    await db.snapshots.bulkPut(removed.snapshots);
  });
}
