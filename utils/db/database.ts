/**
 * Lectern's one database. Only this module imports Dexie; repositories (lectures.ts, notes.ts,
 * sessions.ts) are the only callers of `db`. Content scripts never come here: in a page,
 * IndexedDB belongs to the site, so they send messages to the background instead.
 *
 * Schema versions only move forward: a shipped version is never edited; a new one is added with
 * an `.upgrade()` and a test that opens a database written by the previous version.
 */
import { Dexie, type EntityTable } from 'dexie';

export { liveQuery } from 'dexie';

/** Seconds of video time: [start, end). */
export type Range = [start: number, end: number];

export interface Lecture {
  /** Stable across visits: `youtube:<id>`, `vimeo:<id>`, … or `url:<normalised canonical URL>`. */
  key: string;
  /** Adapter that named it: 'youtube', 'coursera', …, 'generic'. */
  platform: string;
  title: string;
  /** Host name shown to the student, e.g. `www.youtube.com`. */
  site: string;
  /** The page to return to. */
  url: string;
  /** Seconds, when known. */
  duration: number | null;
  /** Seconds; where "Continue from" resumes. */
  lastPosition: number;
  /** Merged, sorted ranges of video time actually played. */
  watched: Range[];
  createdAt: number;
  updatedAt: number;
  lastWatchedAt: number;
  /** Review prompt outcomes (utils/prompts/outcomes.ts); absent until the first prompt. */
  prompts?: PromptOutcomes;
  /** The course it belongs to, where the platform or LMS says (utils/video/course.ts). Not indexed. */
  course?: LectureCourse;
}

/** A course: a stable id (`coursera:<slug>`, `canvas:<host>/<id>`, …) and a name to show. */
export interface LectureCourse {
  id: string;
  title: string;
}

/** How a lecture's review prompts went. Not indexed: read with the lecture. */
export interface PromptOutcomes {
  answered: number;
  skipped: number;
  snoozed: number;
  /** Video time already prompted (answered or skipped): never prompted again. */
  prompted: Range[];
  /** Segments answered "Lost": to rewatch and revise. */
  rewatch: Range[];
}

export type NoteKind = 'note' | 'question' | 'recall' | 'bookmark';
export type Confidence = 'got' | 'shaky' | 'lost';

export interface Note {
  id: string;
  lectureKey: string;
  /** Seconds into the video. */
  time: number;
  kind: NoteKind;
  text: string;
  /** Lower-case, without '#', parsed from the text. */
  tags: string[];
  /** For recalls: the segment of video time the recall covers. */
  segment?: Range;
  confidence?: Confidence;
  /** For questions: answered by the teacher or the student. */
  answered?: boolean;
  /**
   * Revision (utils/review/scheduler.ts): when this note is next due for review (epoch ms), set on the
   * kinds in REVIEW_KINDS only, so the index holds exactly the review items. Schema version 2.
   */
  reviewDue?: number;
  /** The spaced-repetition card after the last grade; absent until first reviewed. */
  review?: ReviewCard;
  createdAt: number;
  updatedAt: number;
}

/** Notes that become review items: questions, recalls (and recalls marked 'lost': segments to replay). */
export const REVIEW_KINDS: readonly NoteKind[] = ['question', 'recall'];

/** An FSRS card (ts-fsrs) in storable form: times in epoch ms. */
export interface ReviewCard {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview?: number;
}

export type SessionPhase = 'focus' | 'shortBreak' | 'longBreak';
export type SessionOutcome = 'completed' | 'skipped' | 'stopped' | 'interrupted';

export interface FocusSession {
  id: string;
  phase: SessionPhase;
  plannedMs: number;
  /** Time actually counted (pauses excluded). */
  activeMs: number;
  startedAt: number;
  endedAt: number;
  outcome: SessionOutcome;
  lectureKeys: string[];
  noteCount: number;
}

export type LecternDb = Dexie & {
  lectures: EntityTable<Lecture, 'key'>;
  notes: EntityTable<Note, 'id'>;
  sessions: EntityTable<FocusSession, 'id'>;
};

export const DB_NAME = 'lectern';

export function openDatabase(name = DB_NAME): LecternDb {
  const database = new Dexie(name) as LecternDb;
  database.version(1).stores({
    lectures: 'key, site, lastWatchedAt, updatedAt',
    notes: 'id, lectureKey, [lectureKey+time], kind, *tags, createdAt, updatedAt',
    sessions: 'id, startedAt, endedAt, phase, outcome',
  });
  // Version 2: revision. `reviewDue` indexes the review items (questions, recalls) by due time;
  // the upgrade makes every existing one due from when it was written.
  database
    .version(2)
    .stores({ notes: 'id, lectureKey, [lectureKey+time], kind, *tags, createdAt, updatedAt, reviewDue' })
    .upgrade((transaction) =>
      transaction
        .table<Note, string>('notes')
        .toCollection()
        .modify((note) => {
          if (REVIEW_KINDS.includes(note.kind) && note.reviewDue === undefined) note.reviewDue = note.createdAt;
        }),
    );
  return database;
}

export const db = openDatabase();
