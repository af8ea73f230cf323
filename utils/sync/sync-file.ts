/**
 * Syncs one file of the sync folder with this device's records: read the server's version (unless
 * the listing shows it is still the base), merge three ways, write the result conditionally, then
 * apply it here and record it as the new base. A 412 (another device wrote first) or a change made
 * here meanwhile means: read again, merge again, retry. Each file is done or not done as a whole,
 * so a server that goes away mid-sync loses nothing: the next pass picks up where this one stopped.
 * A lecture's snapshots are files of their own (./snapshot-files.ts): new ones are uploaded before
 * the bundle that lists them, missing ones downloaded after, dropped ones removed.
 */

import { listCourseNames } from '../db/course-names';
import {
  addMissingSessions,
  applyLectureRecords,
  putNewerCourseNames,
  readLectureRecords,
  readMonthSessions,
  recordSynced,
} from '../db/sync-state';
import type {
  CourseNamesBundle,
  LectureBundle,
  SessionBundle,
  SettingsBundle,
  SyncBase,
  SyncBundle,
} from '../model/sync';
import {
  COURSES_ITEM,
  isLectureItem,
  LECTURE_ITEM,
  lectureItem,
  SESSIONS_ITEM,
  SETTINGS_ITEM,
  sessionsItem,
} from '../model/sync';
import { sameEtag } from './etag';
import { mergeLectureBundle, mergeSessionBundle } from './merge-bundle';
import { canonicalJson } from './merge-note';
import { readBundle, type SyncFolder, UnreadableFileError, writeData } from './remote-folder';
import { applySettings, mergeSettings, readLocalSettings } from './settings-sync';
import {
  downloadSnapshots,
  type FolderView,
  heldSnapshotMetas,
  removeSnapshotFiles,
  type SkippedSnapshot,
  uploadSnapshots,
} from './snapshot-files';
import { isWebDavError } from './webdav-errors';

export interface FileTask {
  name: string;
  /** The item the file holds, when known before reading it (a local change, a base). */
  item?: string;
  base?: SyncBase;
  /** The ETag the listing showed; undefined: no such file on the server. */
  listedEtag?: string | null;
  /** The item's dirty mark as read before the pass. */
  token?: string;
  /** Snapshot files written while syncing it (a retry sends none twice). */
  uploaded?: Set<string>;
  /** Snapshots the server lists that this device refused, and why (for the status line). */
  skippedSnapshots?: SkippedSnapshot[];
}

/** Tries per file before giving up for this pass (each try re-reads; the next pass tries again). */
const MAX_ATTEMPTS = 6;

const itemOfBundle = (bundle: SyncBundle) =>
  bundle.type === 'lecture'
    ? lectureItem(bundle.lectureKey)
    : bundle.type === 'sessions'
      ? sessionsItem(bundle.month)
      : bundle.type === 'settings'
        ? SETTINGS_ITEM
        : COURSES_ITEM;

type Remote<T extends SyncBundle> = { bundle: T; etag: string | null } | null;

/** The server's version: the base when the listing shows it unchanged, else read. */
async function readRemote(folder: SyncFolder, task: FileTask, etag: string | null | undefined) {
  if (etag === undefined) return null;
  if (task.base && sameEtag(etag, task.base.etag)) return { bundle: task.base.bundle, etag };
  return readBundle(folder, task.name);
}

/** Writes `bundle` where the server had `remote` (none: only if still none). Null when another device wrote first. */
async function writeMerged(
  folder: SyncFolder,
  name: string,
  bundle: SyncBundle,
  remote: { bundle: SyncBundle; etag: string | null } | null,
): Promise<{ etag: string | null } | null> {
  if (remote && canonicalJson(bundle) === canonicalJson(remote.bundle)) return { etag: remote.etag };
  try {
    return { etag: await writeData(folder, name, bundle, remote ? (remote.etag ?? 'any') : null) };
  } catch (error) {
    if (isWebDavError(error, 'precondition-failed')) return null;
    throw error;
  }
}

export type FileOutcome = 'unchanged' | 'synced';

/** Syncs one file; resolves once it is merged on both sides. */
export async function syncFile(
  folder: SyncFolder,
  view: FolderView,
  task: FileTask,
  now: () => number,
): Promise<FileOutcome> {
  let etag = task.listedEtag;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const remote = await readRemote(folder, task, etag);
    const item = task.item ?? (remote ? itemOfBundle(remote.bundle) : undefined);
    if (!item || (remote && itemOfBundle(remote.bundle) !== item)) {
      throw new UnreadableFileError(`${task.name} does not hold what its name says`);
    }
    const done = isLectureItem(item)
      ? await syncLecture(folder, view, task, item, remote as Remote<LectureBundle>, now())
      : item === SETTINGS_ITEM
        ? await syncSettings(folder, task, remote as Remote<SettingsBundle>)
        : item === COURSES_ITEM
          ? await syncCourseNames(folder, task, remote as Remote<CourseNamesBundle>)
          : await syncSessions(folder, task, item, remote as Remote<SessionBundle>);
    if (done) return done;
    etag = ''; // Someone wrote first (there or here): read the server's version again.
  }
  throw new Error(`${task.name} kept changing while Lectern synced it; it will be tried again`);
}

async function syncLecture(
  folder: SyncFolder,
  view: FolderView,
  task: FileTask,
  item: string,
  remote: Remote<LectureBundle>,
  now: number,
): Promise<FileOutcome | null> {
  const lectureKey = item.slice(LECTURE_ITEM.length);
  const asRead = await readLectureRecords(lectureKey);
  const base = task.base?.bundle.type === 'lecture' ? task.base.bundle : undefined;
  const held = new Map(asRead.snapshots.map((snapshot) => [snapshot.noteId, snapshot]));
  const snapshots = heldSnapshotMetas(held, base?.snapshots, task.base?.skippedSnapshots);
  const merged = mergeLectureBundle(lectureKey, base, { ...asRead, snapshots }, remote?.bundle, now);
  const listed = merged.bundle.snapshots ?? {};
  // Images first: a device that reads the bundle finds every image it lists.
  task.uploaded ??= new Set();
  await uploadSnapshots(folder, view, listed, held, task.uploaded);
  const written = await writeMerged(folder, task.name, merged.bundle, remote);
  if (!written) return null;
  const noteIds = new Set(Object.keys(merged.bundle.notes));
  const { fetched, skipped } = await downloadSnapshots(folder, view, listed, held, noteIds);
  await removeSnapshotFiles(folder, view, [base?.snapshots, remote?.bundle.snapshots], listed);
  const images = new Map([...held].filter(([noteId]) => listed[noteId]));
  for (const snapshot of fetched) images.set(snapshot.noteId, snapshot);
  const refused = skipped.map((skip) => skip.noteId);
  const agreed: SyncBase = {
    file: task.name,
    item,
    etag: written.etag,
    bundle: merged.bundle,
    ...(refused.length > 0 ? { skippedSnapshots: refused } : {}),
  };
  const wanted = { lecture: merged.local.lecture, notes: merged.local.notes, snapshots: [...images.values()] };
  if (!(await applyLectureRecords(asRead, wanted, agreed))) return null;
  task.base = agreed;
  task.skippedSnapshots = skipped;
  return written.etag === remote?.etag && fetched.length === 0 ? 'unchanged' : 'synced';
}

async function syncSessions(
  folder: SyncFolder,
  task: FileTask,
  item: string,
  remote: Remote<SessionBundle>,
): Promise<FileOutcome | null> {
  const month = item.slice(SESSIONS_ITEM.length);
  const merged = mergeSessionBundle(month, await readMonthSessions(month), remote?.bundle);
  const written = await writeMerged(folder, task.name, merged.bundle, remote);
  if (!written) return null;
  await addMissingSessions(merged.local);
  return settle(task, { file: task.name, item, etag: written.etag, bundle: merged.bundle }, remote);
}

async function syncSettings(
  folder: SyncFolder,
  task: FileTask,
  remote: Remote<SettingsBundle>,
): Promise<FileOutcome | null> {
  const merged = mergeSettings(await readLocalSettings(), remote?.bundle);
  const written = await writeMerged(folder, task.name, merged, remote);
  if (!written) return null;
  await applySettings(merged);
  return settle(task, { file: task.name, item: SETTINGS_ITEM, etag: written.etag, bundle: merged }, remote);
}

/** Course names: every id either side has, the newer rename winning. */
async function syncCourseNames(
  folder: SyncFolder,
  task: FileTask,
  remote: Remote<CourseNamesBundle>,
): Promise<FileOutcome | null> {
  const names = { ...remote?.bundle.names };
  for (const local of await listCourseNames()) {
    if (local.updatedAt > (names[local.id]?.updatedAt ?? -1)) names[local.id] = local;
  }
  const merged: CourseNamesBundle = { type: 'courses', names };
  const written = await writeMerged(folder, task.name, merged, remote);
  if (!written) return null;
  await putNewerCourseNames(Object.values(names));
  return settle(task, { file: task.name, item: COURSES_ITEM, etag: written.etag, bundle: merged }, remote);
}

/**
 * A whole-file item (sessions, settings, course names) is applied here: record what this device
 * and the server now agree on (its mark cleared unless changed meanwhile) and say what was sent.
 */
async function settle(task: FileTask, agreed: SyncBase, remote: Remote<SyncBundle>): Promise<FileOutcome> {
  await recordSynced(agreed, task.token);
  task.base = agreed;
  return agreed.etag === remote?.etag ? 'unchanged' : 'synced';
}
