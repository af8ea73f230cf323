/**
 * Lectern's one database: the typed Dexie instance and its versioned schema. Only utils/db/ imports
 * this module or Dexie (a lint rule, biome.json); everything else calls the repositories beside it
 * (lectures.ts, notes.ts, sessions.ts, drafts.ts, review-items.ts, prompt-outcomes.ts, course-names.ts,
 * library.ts) and takes
 * its types from utils/model/. Content scripts never come here: in a page, IndexedDB belongs to
 * the site, so they send messages to the background instead. utils/db/ itself imports the model and
 * pure helpers (tags, the review scheduler), never UI, the protocol, settings or browser APIs.
 *
 * Schema versions only move forward: a shipped version is never edited; a new one is added with
 * an upgrade (./upgrades.ts) and a test that opens a database written by the previous version.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { CourseName } from '../model/course-names';
import type { OwnedDraft } from '../model/drafts';
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import type { FocusSession } from '../model/sessions';
import type { Snapshot } from '../model/snapshots';
import type { SyncBase, SyncDirtyMark } from '../model/sync';
import { syncTracking } from './sync-tracking';
import { makeReviewItemsDue } from './upgrades';

export type LecternDb = Dexie & {
  lectures: EntityTable<Lecture, 'key'>;
  notes: EntityTable<Note, 'id'>;
  sessions: EntityTable<FocusSession, 'id'>;
  drafts: Table<OwnedDraft, [string, string]>;
  courseNames: EntityTable<CourseName, 'id'>;
  syncBase: EntityTable<SyncBase, 'file'>;
  syncDirty: EntityTable<SyncDirtyMark, 'item'>;
  snapshots: EntityTable<Snapshot, 'noteId'>;
};

export const DB_NAME = 'lectern';

export function openDatabase(name = DB_NAME): LecternDb {
  const database = new Dexie(name) as LecternDb;
  database.version(1).stores({
    lectures: 'key, site, lastWatchedAt, updatedAt',
    notes: 'id, lectureKey, [lectureKey+time], kind, *tags, createdAt, updatedAt',
    sessions: 'id, startedAt, endedAt, phase, outcome',
  });
  // Version 2: revision. `reviewDue` indexes the review items (questions, recalls) by due time.
  database
    .version(2)
    .stores({ notes: 'id, lectureKey, [lectureKey+time], kind, *tags, createdAt, updatedAt, reviewDue' })
    .upgrade(makeReviewItemsDue);
  // Version 3: drafts, one per lecture and editor (utils/db/drafts.ts), out of `storage.local`,
  // which content scripts can read. A new table: nothing to upgrade (utils/notes/drafts.ts moves
  // the drafts kept in `storage.local` over once).
  database.version(3).stores({ drafts: '[lectureKey+owner], lectureKey' });
  // Version 4 (issue 13): the student's course names, by course id (utils/db/course-names.ts). A new
  // table: nothing to upgrade (a course keeps the name its lectures carry until renamed).
  database.version(4).stores({ courseNames: 'id' });
  // Version 5 (issue 14): snapshots, one per note, in their own table so note lists stay light
  // (utils/db/snapshots.ts). A new table: nothing to upgrade.
  database.version(5).stores({ snapshots: 'noteId' });
  // Version 6: sync (utils/sync/). `syncBase`: what this device and the server last agreed each
  // file holds; `syncDirty`: items changed here since, marked by ./sync-tracking.ts. New tables:
  // nothing to upgrade (a first sync compares everything).
  database.version(6).stores({ syncBase: 'file, item', syncDirty: 'item' });
  database.use(syncTracking);
  return database;
}

export const db = openDatabase();
