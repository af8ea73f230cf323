/**
 * The student's WebDAV storage account for sync, as the options page saves it and the
 * `sync/test-connection` message carries it. Kept on this device only (utils/settings/sync-account.ts):
 * never in storage.sync, never in a JSON backup (the password and passphrase are secrets).
 */
import * as v from 'valibot';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why a storage address will not do (for the student), or null when it will. */
export function storageUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'Enter the full address, starting with https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The address must start with https://';
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return 'Use an https:// address: over http:// your password would travel unprotected.';
  }
  if (url.username || url.password) return 'Put the user name and password in their own fields, not in the address.';
  return null;
}

/** Why a sync folder name will not do, or null. Folders are relative, `/`-separated. */
export function syncFolderProblem(text: string): string | null {
  const folder = text.trim().replace(/^\/+/, '');
  if (!folder) return 'Name a folder, like Lectern/';
  if (folder.split('/').some((part) => part === '.' || part === '..')) return 'A folder name cannot hold . or ..';
  return null;
}

/** `Lectern` or `/Lectern` → `Lectern/`. */
export function normalisedSyncFolder(text: string): string {
  const folder = text.trim().replace(/^\/+/, '');
  return folder.endsWith('/') ? folder : `${folder}/`;
}

export const DEFAULT_SYNC_FOLDER = 'Lectern/';

export const SyncAccountSchema = v.strictObject({
  url: v.pipe(
    v.string(),
    v.maxLength(2000),
    v.check((url) => storageUrlProblem(url) === null, 'must be an https:// address'),
  ),
  user: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** An app password (Nextcloud: Settings → Security). */
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  folder: v.pipe(
    v.string(),
    v.maxLength(500),
    v.check((folder) => syncFolderProblem(folder) === null, 'must be a folder name like Lectern/'),
  ),
  /** The end-to-end encryption passphrase; empty: no encryption. */
  passphrase: v.pipe(v.string(), v.maxLength(1000)),
});
export type SyncAccount = v.InferOutput<typeof SyncAccountSchema>;
