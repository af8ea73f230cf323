/**
 * What the sync folder holds, flat, so one listing (PROPFIND Depth 1) sees every file:
 *   library.json        the library's marker: a format and a random salt, written once
 *   l-<32 hex>.json     one lecture: the lecture, its notes and their tombstones
 *   s-<32 hex>.json     one month of focus sessions
 *   c-<32 hex>.json     the settings that are the student's, not the device's
 *   n-<32 hex>.json     the student's course names
 *   p-<32 hex>.webp|jpg one snapshot image (`.bin` when encrypted), named for its note AND its
 *                       version (`snapshot:<note id>:<createdAt>`): immutable, a replaced snapshot
 *                       is a new file (./snapshot-files.ts)
 * A file's name is a salted SHA-256 of the item it holds (`lecture:<key>`, `sessions:<yyyy-mm>`):
 * ids only, never a title, a URL or note text, and the same name on every device. The salt keeps
 * the names from being looked up in a table of known lecture keys.
 */
import { type SnapshotMime, snapshotExtension } from '../model/snapshots';
import { COURSES_ITEM, isLectureItem, SETTINGS_ITEM } from '../model/sync';

export const LIBRARY_FILE = 'library.json';
export const LIBRARY_FORMAT = 'lectern-sync';
export const LIBRARY_VERSION = 1;

const BUNDLE_FILE = /^[lscn]-[0-9a-f]{32}\.json$/;

export const isBundleFile = (name: string) => BUNDLE_FILE.test(name);

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

const saltedHash = async (text: string, salt: string) =>
  hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\n${text}`))).slice(0, 32);

/** The file an item lives in, under this library's salt. */
export async function fileNameFor(item: string, salt: string): Promise<string> {
  const prefix = isLectureItem(item) ? 'l' : item === SETTINGS_ITEM ? 'c' : item === COURSES_ITEM ? 'n' : 's';
  return `${prefix}-${await saltedHash(item, salt)}.json`;
}

/** The file of one version of a note's snapshot: its type shows in the name only when not encrypted. */
export async function snapshotFileName(
  noteId: string,
  snapshot: { createdAt: number; mime: SnapshotMime },
  salt: string,
  encrypted: boolean,
): Promise<string> {
  const extension = encrypted ? 'bin' : snapshotExtension(snapshot.mime);
  return `p-${await saltedHash(`snapshot:${noteId}:${snapshot.createdAt}`, salt)}.${extension}`;
}

/** A new random salt for a library synced for the first time. */
export function newSalt(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)).buffer);
}
