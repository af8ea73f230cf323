/**
 * Sync (utils/sync/): what one file on the student's WebDAV server holds, and what this device
 * remembers about it. Files are small bundles: a lecture with its notes and their tombstones, or a
 * month of focus sessions, so a change uploads kilobytes, never the whole library.
 *
 * A downloaded file is validated with these schemas (a server is outside Lectern's control), as
 * loose objects: fields a later version adds (a note's captions, say) flow through untouched.
 */
import * as v from 'valibot';
import { type CourseName, CourseNameSchema } from './course-names';
import { millis, nonEmpty, RecordIdSchema } from './fields';
import { type Lecture, LectureKeySchema, LectureSchema } from './lectures';
import { type Note, NoteSchema } from './notes';
import { type FocusSession, FocusSessionSchema } from './sessions';
import { SNAPSHOT_MAX_BYTES, SNAPSHOT_MAX_WIDTH, type SnapshotMime } from './snapshots';

/** Ids → when they were deleted: a delete on one device is never undone by a stale copy on another. */
const TombstonesSchema = v.record(RecordIdSchema, millis);

const pixels = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));

/**
 * What a lecture bundle says of a note's snapshot: the image itself is a file of its own
 * (utils/sync/snapshot-files.ts), named after the note and `createdAt`, so a replaced snapshot is
 * a new file and a device that holds this version downloads nothing.
 */
export const SnapshotMetaSchema = v.object({
  mime: v.picklist(['image/webp', 'image/jpeg']),
  width: pixels(SNAPSHOT_MAX_WIDTH),
  height: pixels(SNAPSHOT_MAX_WIDTH * 4),
  /** The image's bytes (before encryption). */
  size: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SNAPSHOT_MAX_BYTES)),
  createdAt: millis,
});

export interface SnapshotMeta {
  mime: SnapshotMime;
  width: number;
  height: number;
  size: number;
  createdAt: number;
}

export const LectureBundleSchema = v.object({
  type: v.literal('lecture'),
  lectureKey: LectureKeySchema,
  /** null once deleted (`lectureDeletedAt` says when). */
  lecture: v.nullable(v.looseObject(LectureSchema.entries)),
  lectureDeletedAt: v.optional(millis),
  notes: v.record(RecordIdSchema, v.looseObject(NoteSchema.entries)),
  deleted: TombstonesSchema,
  /** Note id → its snapshot (absent in files written before snapshots synced). */
  snapshots: v.optional(v.record(RecordIdSchema, SnapshotMetaSchema)),
  /** Snapshots deleted while their note stayed: note id → when. */
  deletedSnapshots: v.optional(TombstonesSchema),
});

export interface LectureBundle {
  type: 'lecture';
  lectureKey: string;
  lecture: Lecture | null;
  lectureDeletedAt?: number;
  notes: Record<string, Note>;
  /** Deleted notes: id → when. */
  deleted: Record<string, number>;
  snapshots?: Record<string, SnapshotMeta>;
  deletedSnapshots?: Record<string, number>;
}

/** Focus sessions of one month (UTC, `yyyy-mm` of their start). Sessions are only ever added. */
export const SessionBundleSchema = v.object({
  type: v.literal('sessions'),
  month: nonEmpty(7),
  sessions: v.record(RecordIdSchema, v.looseObject(FocusSessionSchema.entries)),
});

export interface SessionBundle {
  type: 'sessions';
  month: string;
  sessions: Record<string, FocusSession>;
}

/** A synced setting's value and when it was last changed on any device. */
export interface StampedSetting {
  value: unknown;
  updatedAt: number;
}

/**
 * The settings that are the student's, not the device's (utils/sync/settings-sync.ts lists
 * them), each with when it was last changed: the newer change wins.
 */
export const SettingsBundleSchema = v.object({
  type: v.literal('settings'),
  values: v.record(nonEmpty(100), v.object({ value: v.unknown(), updatedAt: millis })),
});

export interface SettingsBundle {
  type: 'settings';
  values: Record<string, StampedSetting>;
}

/** The student's own course names (the library's "Rename course"), by course id: the newer rename wins. */
export const CourseNamesBundleSchema = v.object({
  type: v.literal('courses'),
  names: v.record(nonEmpty(300), v.looseObject(CourseNameSchema.entries)),
});

export interface CourseNamesBundle {
  type: 'courses';
  names: Record<string, CourseName>;
}

export type SyncBundle = LectureBundle | SessionBundle | SettingsBundle | CourseNamesBundle;
export const SyncBundleSchema = v.variant('type', [
  LectureBundleSchema,
  SessionBundleSchema,
  SettingsBundleSchema,
  CourseNamesBundleSchema,
]);

/**
 * What this device and the server last agreed a file holds (the base of a three-way merge: what
 * changed here, what changed there). `item` names the local records: `lecture:<key>` or
 * `sessions:<yyyy-mm>`.
 */
export interface SyncBase {
  file: string;
  item: string;
  etag: string | null;
  bundle: SyncBundle;
  /**
   * Snapshots the bundle lists that this device refused (a damaged or hostile file): not stored,
   * and not taken for deleted here either (a lecture file only).
   */
  skippedSnapshots?: string[];
}

/** A local change not yet synced: the item it touched, and a token that a later change replaces. */
export interface SyncDirtyMark {
  item: string;
  token: string;
}

export const LECTURE_ITEM = 'lecture:';
export const SESSIONS_ITEM = 'sessions:';
/** The one item of the synced settings. */
export const SETTINGS_ITEM = 'settings';
/** The one item of the student's course names. */
export const COURSES_ITEM = 'courses';

/** The item a lecture's records (the lecture, its notes) belong to. */
export const lectureItem = (lectureKey: string) => `${LECTURE_ITEM}${lectureKey}`;
/** The month (UTC, `yyyy-mm`) a focus session is filed under. */
export const sessionsMonth = (startedAt: number) => new Date(startedAt).toISOString().slice(0, 7);
export const sessionsItem = (month: string) => `${SESSIONS_ITEM}${month}`;
export const isLectureItem = (item: string) => item.startsWith(LECTURE_ITEM);

/** The student's answer to a sync conflict: this version, the other one, or both (the other as a new note). */
export type ConflictChoice = 'this' | 'other' | 'both';
