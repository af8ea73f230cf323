/**
 * Importing a JSON backup: read → validate (backup-file.ts) → summary → apply. Nothing is
 * written until the student has seen the summary and confirmed; then every record is merged in
 * one transaction (all or nothing). Bad files get a clear message and change nothing.
 */

import { type Backup, chooseWrites, type MergeCounts, mergeCounts, planMerge } from './backup-file';
import { mergeIntoLibrary, readExistingRecords } from './backup-store';
import type { LibrarySnapshot } from './export/snapshot';
import { readAllSettings, type SettingName, writeSettings } from './settings-registry';

export {
  type Backup,
  checkBackupSize,
  MAX_BACKUP_BYTES,
  type MergeCounts,
  type ParseResult,
  parseBackup,
} from './backup-file';

export interface ImportSummary {
  lectures: MergeCounts;
  notes: MergeCounts;
  sessions: MergeCounts;
  /** Settings the backup would change. */
  settings: SettingName[];
}

/** The summary shown before anything is written. Reads only. */
export async function summarizeImport(backup: Backup): Promise<ImportSummary> {
  const existing = await readExistingRecords(
    backup.lectures.map((lecture) => lecture.key),
    backup.notes.map((note) => note.id),
    backup.sessions.map((session) => session.id),
  );
  const plan = planMerge(backup, existing);
  const current = await readAllSettings();
  const settings = (Object.keys(backup.settings ?? {}) as SettingName[]).filter(
    (name) => JSON.stringify(backup.settings?.[name]) !== JSON.stringify(current[name]),
  );
  return {
    lectures: mergeCounts(plan.lectures),
    notes: mergeCounts(plan.notes),
    sessions: mergeCounts(plan.sessions),
    settings,
  };
}

/**
 * Applies a validated backup: every record in one transaction (all or nothing), then the
 * backup's settings (validated with the file, so writing them cannot fail on their content).
 */
export async function applyImport(backup: Backup): Promise<LibrarySnapshot> {
  const written = await mergeIntoLibrary(backup, chooseWrites);
  if (backup.settings) await writeSettings(backup.settings);
  return written;
}
