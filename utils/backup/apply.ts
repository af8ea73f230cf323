/**
 * Importing a JSON backup: read → validate (./file.ts) → summary → apply. Nothing is
 * written until the student has seen the summary and confirmed; then the records and settings are
 * applied all or nothing (applyImport). Bad files get a clear message and change nothing.
 */

import { mergeIntoLibrary, readExistingRecords } from '../db/library';
import type { LibrarySnapshot } from '../export/snapshot';
import { readAllSettings, type SettingName, writeSettings } from '../settings/registry';
import type { Backup } from './file';
import { chooseWrites, type MergeCounts, mergeCounts, planMerge } from './merge';

export {
  type Backup,
  checkBackupSize,
  MAX_BACKUP_BYTES,
  type ParseResult,
  parseBackup,
} from './file';
export { skippedSnapshotsText } from './snapshots';
export type { MergeCounts };

export interface ImportSummary {
  lectures: MergeCounts;
  notes: MergeCounts;
  sessions: MergeCounts;
  /** Settings the backup would change. */
  settings: SettingName[];
  snapshots: MergeCounts;
  /** The file's snapshots left out: unreadable (./snapshots.ts), or of a note neither side has. */
  skippedSnapshots: SkippedSnapshots;
}

export interface SkippedSnapshots {
  unreadable: number;
  withoutNote: number;
}

/** The settings whose value in the backup differs from the current one. */
function changedSettings(incoming: Partial<Record<SettingName, unknown>>, current: Record<SettingName, unknown>) {
  return (Object.keys(incoming) as SettingName[]).filter(
    (name) => JSON.stringify(incoming[name]) !== JSON.stringify(current[name]),
  );
}

/** The summary shown before anything is written. Reads only. */
export async function summarizeImport(backup: Backup): Promise<ImportSummary> {
  const plan = planMerge(backup, await readExistingRecords(backup));
  const settings = changedSettings(backup.settings ?? {}, await readAllSettings());
  return {
    lectures: mergeCounts(plan.lectures),
    notes: mergeCounts(plan.notes),
    sessions: mergeCounts(plan.sessions),
    settings,
    snapshots: mergeCounts(plan.snapshots),
    skippedSnapshots: { unreadable: backup.unreadableSnapshots ?? 0, withoutNote: plan.snapshots.withoutNote },
  };
}

export type ImportOutcome = { ok: true; written: LibrarySnapshot } | { ok: false; error: string };

/** The student-facing reason an import failed; a full disk gets its own advice. */
export function describeImportFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'There is not enough free disk space to import this backup. Free some space, then import it again.';
  }
  return `Lectern could not write it (${message}).`;
}

const NOTHING_CHANGED = 'Nothing was imported and nothing changed.';

/**
 * Applies a validated backup, all or nothing from the student's point of view. The records live
 * in IndexedDB and the settings in `browser.storage`, which share no transaction, so:
 *  1. the settings the backup changes are written first, in one storage call (all or none);
 *  2. every record is merged in one Dexie transaction (all or none);
 *  3. if that transaction fails, the settings are put back as they were.
 * Never throws: a failure is a value with a clear message.
 */
export async function applyImport(backup: Backup): Promise<ImportOutcome> {
  const incoming = backup.settings ?? {};
  let previous: Partial<Record<SettingName, unknown>> = {};
  try {
    const current = await readAllSettings();
    const changed = changedSettings(incoming, current);
    previous = Object.fromEntries(changed.map((name) => [name, current[name]]));
    await writeSettings(Object.fromEntries(changed.map((name) => [name, incoming[name]])));
  } catch (error) {
    return { ok: false, error: `${describeImportFailure(error)} ${NOTHING_CHANGED}` };
  }
  try {
    return { ok: true, written: await mergeIntoLibrary(backup, chooseWrites) };
  } catch (error) {
    const reason = describeImportFailure(error);
    try {
      await writeSettings(previous);
    } catch (restoreError) {
      const names = Object.keys(previous).join(', ');
      return {
        ok: false,
        error: `${reason} No notes or lectures were imported, but Lectern could not put back these settings: ${names} (${describeImportFailure(restoreError)}). Check them in Options.`,
      };
    }
    return { ok: false, error: `${reason} ${NOTHING_CHANGED}` };
  }
}
