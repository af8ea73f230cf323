/**
 * Reading a JSON backup (utils/export/json.ts). Pure: the schema and the checks every bad file
 * fails. What merging it changes is ./merge.ts; utils/backup/apply.ts applies the result.
 */
import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../export/json';
import { type CourseName, CourseNameSchema } from '../model/course-names';
import { millis } from '../model/fields';
import { type Lecture, LectureSchema } from '../model/lectures';
import { type Note, NoteSchema } from '../model/notes';
import { ReviewCardSchema } from '../model/review-card';
import { type FocusSession, FocusSessionSchema } from '../model/sessions';
import type { Snapshot } from '../model/snapshots';
import { type SettingName, settingSchemas } from '../settings/schemas';
import { readBackupSnapshots } from './snapshots';

/**
 * Larger files are refused before they are read: a library of 100,000 notes is ~40 MB, and each
 * snapshot adds at most 200 KB of base64 (~1,000 full-size snapshots and 40 MB of notes fit).
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/** How far past the clock a backup's times may be (another device's clock may run ahead). */
export const MAX_CLOCK_SKEW_MS = 24 * 3600 * 1000;

/** A time in a backup: epoch ms, not later than `now` plus the skew (it would win every later merge). */
const stampSchema = (now: number) =>
  v.pipe(millis, v.maxValue(now + MAX_CLOCK_SKEW_MS, 'is in the future (a time export never writes)'));

/**
 * The model's schemas (utils/model/), as loose objects: fields a later version adds survive a round
 * trip. What export never writes is refused: a lecture URL that is not http(s) (the model's rule),
 * a time later than `now` plus the skew (it would win every later merge), a review card that is not
 * ts-fsrs's shape (loose too: fields a later ts-fsrs adds survive), a setting Lectern does not have.
 */
function backupSchema(now: number) {
  const stamp = stampSchema(now);
  const review = v.looseObject({ ...ReviewCardSchema.entries, lastReview: v.optional(stamp) });
  return v.object({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION),
    exportedAt: v.string(),
    settings: v.optional(v.partial(v.strictObject(settingSchemas))),
    lectures: v.array(
      v.looseObject({ ...LectureSchema.entries, createdAt: stamp, updatedAt: stamp, lastWatchedAt: stamp }),
    ),
    notes: v.array(
      v.looseObject({ ...NoteSchema.entries, review: v.optional(review), createdAt: stamp, updatedAt: stamp }),
    ),
    sessions: v.array(v.looseObject({ ...FocusSessionSchema.entries, startedAt: stamp, endedAt: stamp })),
    /** The student's course names (absent from backups made before courses could be renamed). */
    courseNames: v.optional(v.array(v.looseObject({ ...CourseNameSchema.entries, updatedAt: stamp }))),
    /** The notes' images (absent from older backups); each is read on its own (./snapshots.ts). */
    snapshots: v.optional(v.array(v.unknown())),
  });
}

/** Rejected fields listed in the error, at most. */
const MAX_LISTED_ISSUES = 20;

/** Why a field was rejected, in words (valibot's for a key: "Invalid key: Expected never…"). */
function reason(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid key')) return issue.message;
  return issue.expected === 'never' ? 'is not a field Lectern writes' : 'is missing';
}

/** Every rejected field: where it is and why. */
function describeIssues(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const where = v.getDotPath(issue);
    return `${where ? `at ${where}` : 'at its top level'}: ${reason(issue)}`;
  });
  const more = issues.length > MAX_LISTED_ISSUES ? `; and ${issues.length - MAX_LISTED_ISSUES} more` : '';
  const head = issues.length === 1 ? 'an invalid record' : `${issues.length} invalid fields:`;
  return `This backup has ${head} ${listed.join('; ')}${more}. Nothing was imported.`;
}

export interface Backup {
  exportedAt: string;
  settings?: Partial<Record<SettingName, unknown>>;
  lectures: Lecture[];
  notes: Note[];
  sessions: FocusSession[];
  courseNames?: CourseName[];
  /** The snapshots that passed every check (./snapshots.ts), their bytes decoded. */
  snapshots?: Snapshot[];
  /** How many of the file's snapshots could not be read and are skipped. */
  unreadableSnapshots?: number;
}

export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

const fail = (error: string): ParseResult => ({ ok: false, error });

export function checkBackupSize(bytes: number): string | null {
  if (bytes === 0) return 'This file is empty: it is not a Lectern backup.';
  if (bytes > MAX_BACKUP_BYTES) {
    return `This file is ${Math.ceil(bytes / 1024 / 1024)} MB; a Lectern backup can be at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB. Nothing was imported.`;
  }
  return null;
}

function firstDuplicate(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

/** Reads and validates a backup file's text, its times against `now` (epoch ms). Pure: never writes anything. */
export function parseBackup(text: string, now: number = Date.now()): ParseResult {
  // UTF-8 takes at least one byte per UTF-16 unit and at most three: encode only when in doubt.
  const bytes = text.length > MAX_BACKUP_BYTES || text.length * 3 <= MAX_BACKUP_BYTES ? text.length : null;
  const sizeError = checkBackupSize(bytes ?? new TextEncoder().encode(text).length);
  if (sizeError) return fail(sizeError);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    return fail(
      trimmed.startsWith('{') && !trimmed.endsWith('}')
        ? 'This backup is cut off (truncated): the file ends too early. Export it again, or use another copy. Nothing was imported.'
        : 'This file is not a Lectern backup (it is not valid JSON). Nothing was imported.',
    );
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('This file is not a Lectern backup (its format marker is missing). Nothing was imported.');
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer version of Lectern (backup version ${version}; this Lectern reads version ${BACKUP_VERSION}). Update Lectern, then import it. Nothing was imported.`,
    );
  }
  const parsed = v.safeParse(backupSchema(now), raw);
  if (!parsed.success) return fail(describeIssues(parsed.issues));
  const { snapshots: records, ...rest } = parsed.output;
  const read = records ? readBackupSnapshots(records, stampSchema(now)) : null;
  const backup = {
    ...(rest as unknown as Backup),
    ...(read ? { snapshots: read.snapshots, unreadableSnapshots: read.unreadable } : {}),
  };
  const duplicate =
    firstDuplicate(backup.lectures.map((lecture) => lecture.key)) ??
    firstDuplicate(backup.notes.map((note) => note.id)) ??
    firstDuplicate(backup.sessions.map((session) => session.id)) ??
    firstDuplicate((backup.courseNames ?? []).map((name) => name.id));
  if (duplicate !== undefined) {
    return fail(`This backup lists the record "${duplicate}" twice, so it is damaged. Nothing was imported.`);
  }
  const lectureKeys = new Set(backup.lectures.map((lecture) => lecture.key));
  const orphan = backup.notes.find((note) => !lectureKeys.has(note.lectureKey));
  if (orphan) {
    return fail(
      `This backup has a note for a lecture it does not contain ("${orphan.lectureKey}"), so it is damaged. Nothing was imported.`,
    );
  }
  return { ok: true, backup };
}
