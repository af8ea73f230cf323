/**
 * One sync pass: open the library on the server, list the folder once, and sync every file that
 * changed on either side (./sync-file.ts), a few at a time. What changed on the server: its ETag
 * differs from the base. What changed here: a dirty mark (utils/db/sync-tracking.ts), or, until a
 * first pass has finished, every item this device holds.
 */
import { clearSyncBases, listDirtyMarks, listLocalItems, listSyncBases } from '../db/sync-state';
import { COURSES_ITEM, SETTINGS_ITEM } from '../model/sync';
import { sameEtag } from './etag';
import { fileNameFor, isBundleFile, LIBRARY_FILE } from './file-names';
import { openLibrary } from './library-file';
import { runPooled } from './pool';
import { type ListedFile, listFolder, type SyncFolder, UnreadableFileError } from './remote-folder';
import type { SkippedSnapshot } from './snapshot-files';
import { type FileTask, syncFile } from './sync-file';
import { syncedLibraryItem } from './sync-state-items';
import { isWebDavError } from './webdav-errors';

/** Files synced at once. */
export const SYNC_CONCURRENCY = 8;

export interface PassReport {
  /** Files looked at (changed on either side). */
  files: number;
  /** Files written to the server or merged here. */
  synced: number;
  /** Files this device could not read (another passphrase, damaged): left as they are. */
  unreadable: string[];
  /** Snapshots on the server this device refused (damaged, too large, not an image). */
  skippedSnapshots: SkippedSnapshot[];
  bytesSent: number;
}

/** The files to look at, by name: what the listing shows changed, what changed here. */
async function plan(salt: string, listing: Map<string, ListedFile>, firstPass: boolean): Promise<FileTask[]> {
  const bases = new Map((await listSyncBases()).map((base) => [base.file, base]));
  const tasks = new Map<string, FileTask>();
  const task = (name: string) => {
    const found = tasks.get(name) ?? { name, base: bases.get(name), listedEtag: listing.get(name)?.etag };
    if (!listing.has(name)) delete found.listedEtag;
    tasks.set(name, found);
    return found;
  };
  for (const [name, { etag }] of listing) {
    const base = bases.get(name);
    if (isBundleFile(name) && !(base && sameEtag(etag, base.etag))) task(name);
  }
  // A file this device synced that is gone from the server (removed by hand): written again.
  for (const base of bases.values()) if (!listing.has(base.file)) task(base.file).item = base.item;
  const marks = await listDirtyMarks();
  const items = new Map<string, string | undefined>(marks.map((mark) => [mark.item, mark.token]));
  if (firstPass) {
    const everything = [...(await listLocalItems()), SETTINGS_ITEM, COURSES_ITEM];
    for (const item of everything) if (!items.has(item)) items.set(item, undefined);
  }
  for (const [item, token] of items) {
    const found = task(await fileNameFor(item, salt));
    found.item = item;
    found.token = token;
  }
  return [...tasks.values()];
}

/** The folder's listing; the folder is made first if it is not there (a new set-up, removed by hand). */
async function listOrCreate(folder: SyncFolder): Promise<Map<string, ListedFile>> {
  try {
    return await listFolder(folder);
  } catch (error) {
    if (!isWebDavError(error, 'not-found')) throw error;
    await folder.client.createFolder(folder.folder);
    return listFolder(folder);
  }
}

/**
 * One pass. When nothing changed on either side it costs one request (the listing): library.json
 * is read only when its ETag differs from the one this device saw.
 */
export async function runSyncPass(folder: SyncFolder, now: () => number = Date.now): Promise<PassReport> {
  const listing = await listOrCreate(folder);
  let library = await syncedLibraryItem.getValue();
  const listedLibrary = listing.get(LIBRARY_FILE)?.etag;
  if (!library || !sameEtag(listedLibrary, library.etag)) {
    const opened = await openLibrary(folder);
    if (library?.salt !== opened.salt) {
      // Another library (a new server or folder, or one started again): nothing agreed with it yet.
      await clearSyncBases();
      library = { salt: opened.salt, etag: opened.etag, complete: false };
    } else library = { ...library, etag: opened.etag };
    await syncedLibraryItem.setValue(library);
  }
  const { salt } = library;
  const tasks = await plan(salt, listing, !library.complete);
  const report: PassReport = { files: tasks.length, synced: 0, unreadable: [], skippedSnapshots: [], bytesSent: 0 };
  const view = { salt, files: listing };
  const sentBefore = folder.bytesSent;
  await runPooled(tasks, SYNC_CONCURRENCY, async (task) => {
    try {
      if ((await syncFile(folder, view, task, now)) === 'synced') report.synced++;
      report.skippedSnapshots.push(...(task.skippedSnapshots ?? []));
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      report.unreadable.push(task.name);
    }
  });
  report.bytesSent = folder.bytesSent - sentBefore;
  if (!library.complete) await syncedLibraryItem.setValue({ ...library, complete: true });
  return report;
}
