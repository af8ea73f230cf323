/**
 * Snapshots on the server: each image is a file of its own beside the bundles (./file-names.ts,
 * `p-…`), named for its note and version, so it is immutable: written once with If-None-Match: *
 * (a 412 means it is there already), never rewritten; a replaced snapshot is a new file and the
 * old one is removed once no bundle lists it. The lecture bundle lists each note's snapshot
 * (utils/model/sync.ts `SnapshotMeta`); a device downloads only the versions it does not hold.
 *
 * A downloaded image is hostile input like any file on the server: its size is checked in the
 * listing before it is read and again after, it must decrypt (when encrypted) and pass the check
 * every stored image passes (utils/snapshots/wire.ts: WebP or JPEG by its magic numbers, the type
 * the bundle says, at most 150 KB), and its note must exist. A file that fails is skipped, with
 * the reason for the status line, and nothing of it is stored.
 */
import { SNAPSHOT_MAX_BYTES, type Snapshot } from '../model/snapshots';
import type { SnapshotMeta } from '../model/sync';
import { snapshotFromBytes } from '../snapshots/wire';
import { snapshotFileName } from './file-names';
import { type ListedFile, pathOf, type SyncFolder } from './remote-folder';
import { isWebDavError } from './webdav-errors';

/** What an encrypted file adds to the image: magic (4), IV (12), tag (16). */
const ENCRYPTION_OVERHEAD = 32;
const MAX_FILE_BYTES = SNAPSHOT_MAX_BYTES + ENCRYPTION_OVERHEAD;

/** What one pass knows of the folder: the library's salt and the listing. */
export interface FolderView {
  salt: string;
  files: ReadonlyMap<string, ListedFile>;
}

/** A snapshot on the server this device did not store, and why. */
export interface SkippedSnapshot {
  noteId: string;
  reason: string;
}

const nameOf = (folder: SyncFolder, view: FolderView, noteId: string, meta: SnapshotMeta) =>
  snapshotFileName(noteId, meta, view.salt, folder.codec.encrypted);

export const metaOf = (snapshot: Snapshot): SnapshotMeta => ({
  mime: snapshot.mime,
  width: snapshot.width,
  height: snapshot.height,
  size: snapshot.data.byteLength,
  createdAt: snapshot.createdAt,
});

/**
 * Uploads the snapshots `listed` that this device holds (`held`, the same version) and the folder
 * does not show yet. `uploaded` remembers the files written in this pass (a retried merge sends
 * nothing twice).
 */
export async function uploadSnapshots(
  folder: SyncFolder,
  view: FolderView,
  listed: Record<string, SnapshotMeta>,
  held: ReadonlyMap<string, Snapshot>,
  uploaded: Set<string>,
): Promise<void> {
  for (const [noteId, meta] of Object.entries(listed)) {
    const mine = held.get(noteId);
    if (!mine || mine.createdAt !== meta.createdAt) continue;
    const name = await nameOf(folder, view, noteId, meta);
    if (view.files.has(name) || uploaded.has(name)) continue;
    const body = await folder.codec.encodeBytes(mine.data, name);
    folder.bytesSent += body.byteLength;
    try {
      await folder.client.put(pathOf(folder, name), body, { ifNoneMatch: '*' });
    } catch (error) {
      // There already: the same version, uploaded by another device or an earlier pass.
      if (!isWebDavError(error, 'precondition-failed')) throw error;
    }
    uploaded.add(name);
  }
}

/**
 * The snapshots this device holds, as the merge sees them. One it refused on an earlier pass
 * (`skipped`, the agreed bundle's version it could not store) counts as held in that version, so
 * a refused download is never taken for a delete made here.
 */
export function heldSnapshotMetas(
  held: ReadonlyMap<string, Snapshot>,
  agreed: Record<string, SnapshotMeta> | undefined,
  skipped: readonly string[] | undefined,
): Record<string, SnapshotMeta> {
  const metas: Record<string, SnapshotMeta> = {};
  for (const [noteId, snapshot] of held) metas[noteId] = metaOf(snapshot);
  for (const noteId of skipped ?? []) {
    const refused = agreed?.[noteId];
    if (refused && (metas[noteId]?.createdAt ?? -1) < refused.createdAt) metas[noteId] = refused;
  }
  return metas;
}

/** One snapshot read from the server and checked, or why it is refused. */
async function fetchSnapshot(
  folder: SyncFolder,
  view: FolderView,
  noteId: string,
  meta: SnapshotMeta,
): Promise<Snapshot | string> {
  const name = await nameOf(folder, view, noteId, meta);
  const listedSize = view.files.get(name)?.size ?? 0;
  if (listedSize > MAX_FILE_BYTES) return `its file is larger than ${SNAPSHOT_MAX_BYTES / 1024} KB`;
  let body: Uint8Array;
  try {
    body = (await folder.client.get(pathOf(folder, name))).body;
  } catch (error) {
    if (isWebDavError(error, 'not-found')) return 'its file is missing on the server';
    throw error;
  }
  if (body.byteLength > MAX_FILE_BYTES) return `its file is larger than ${SNAPSHOT_MAX_BYTES / 1024} KB`;
  let bytes: Uint8Array;
  try {
    bytes = await folder.codec.decodeBytes(body, name);
  } catch {
    return 'its file cannot be decrypted with this passphrase, or is damaged';
  }
  const checked = snapshotFromBytes(noteId, new Uint8Array(bytes), meta, meta.createdAt);
  return typeof checked === 'string' ? checked.replace(/^the image/, 'its image').replace(/\.$/, '') : checked;
}

/**
 * Downloads the snapshots `listed` that this device does not hold in that version, for notes in
 * `notes`. Resolves with the checked images to store and the ones skipped.
 */
export async function downloadSnapshots(
  folder: SyncFolder,
  view: FolderView,
  listed: Record<string, SnapshotMeta>,
  held: ReadonlyMap<string, Snapshot>,
  notes: ReadonlySet<string>,
): Promise<{ fetched: Snapshot[]; skipped: SkippedSnapshot[] }> {
  const fetched: Snapshot[] = [];
  const skipped: SkippedSnapshot[] = [];
  for (const [noteId, meta] of Object.entries(listed)) {
    if (held.get(noteId)?.createdAt === meta.createdAt) continue;
    const got = notes.has(noteId) ? await fetchSnapshot(folder, view, noteId, meta) : 'its note is not in the library';
    if (typeof got === 'string') skipped.push({ noteId, reason: got });
    else fetched.push(got);
  }
  return { fetched, skipped };
}

/**
 * Removes the files of snapshot versions the bundle listed (`before`: as agreed, as read) and no
 * longer lists (`after`): deleted or replaced. One gone already is fine.
 */
export async function removeSnapshotFiles(
  folder: SyncFolder,
  view: FolderView,
  before: (Record<string, SnapshotMeta> | undefined)[],
  after: Record<string, SnapshotMeta>,
): Promise<void> {
  const versions = new Map<string, [string, SnapshotMeta]>();
  for (const listed of before) {
    for (const [noteId, meta] of Object.entries(listed ?? {}))
      versions.set(`${noteId}@${meta.createdAt}`, [noteId, meta]);
  }
  for (const [noteId, meta] of versions.values()) {
    if (after[noteId]?.createdAt === meta.createdAt) continue;
    const name = await nameOf(folder, view, noteId, meta);
    try {
      await folder.client.remove(pathOf(folder, name));
    } catch (error) {
      if (!isWebDavError(error, 'not-found')) throw error;
    }
  }
}
