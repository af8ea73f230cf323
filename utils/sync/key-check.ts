/**
 * The key-check file in the sync folder (`lectern-key.json`): the PBKDF2 salt and iteration count,
 * and a known text encrypted with the key. With it a device finds out, before it reads or writes
 * any note, whether the passphrase it was given is the one the folder was encrypted with: a wrong
 * one is said and stops sync, never "synced" into files nobody can read. It holds no secret: the
 * salt is public by design, and the check text is the same for everyone.
 */
import * as v from 'valibot';
import {
  DecryptionError,
  decryptText,
  deriveSyncKey,
  encryptBytes,
  fromBase64,
  newSalt,
  PBKDF2_ITERATIONS,
  toBase64,
} from './crypto';
import type { WebDavClient } from './webdav';
import { isWebDavError } from './webdav-errors';

export const KEY_CHECK_FILE = 'lectern-key.json';
const CHECK_TEXT = 'Lectern sync key check';

const KeyCheckSchema = v.object({
  format: v.literal('lectern-key-check'),
  version: v.literal(1),
  kdf: v.literal('PBKDF2-SHA256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(100_000), v.maxValue(10_000_000)),
  salt: v.pipe(v.string(), v.base64()),
  check: v.pipe(v.string(), v.base64()),
});
export type KeyCheck = v.InferOutput<typeof KeyCheckSchema>;

export type SyncKeyProblem =
  /** The folder is encrypted and the passphrase given does not open it. */
  | 'wrong-passphrase'
  /** The folder is encrypted and no passphrase was given. */
  | 'passphrase-needed'
  /** The key-check file is there but not one Lectern wrote (damaged, or another program's). */
  | 'unreadable-key-check'
  /** A passphrase was given for a folder that already holds unencrypted sync files. */
  | 'plain-folder';

const MESSAGES: Record<SyncKeyProblem, string> = {
  'wrong-passphrase':
    'This passphrase does not open the notes in this sync folder. Enter the one you chose on your other device; nothing was synced.',
  'passphrase-needed':
    'The notes in this sync folder are encrypted. Enter your encryption passphrase to sync them; nothing was synced.',
  'plain-folder':
    'This sync folder already holds notes that are not encrypted (another device syncs it without a passphrase). To encrypt, choose a new, empty folder on every device, or leave the passphrase empty here. Nothing was synced.',
  'unreadable-key-check': `The file ${KEY_CHECK_FILE} in the sync folder is damaged, so Lectern cannot check your passphrase. Nothing was synced.`,
};

export class SyncKeyError extends Error {
  override readonly name = 'SyncKeyError';
  constructor(readonly problem: SyncKeyProblem) {
    super(MESSAGES[problem]);
  }
}

const checkPath = (folder: string) => `${folder.replace(/\/?$/, '/')}${KEY_CHECK_FILE}`;

/** The folder's key-check, or null when the folder is not encrypted (no such file). */
export async function readKeyCheck(client: WebDavClient, folder: string): Promise<KeyCheck | null> {
  let body: Uint8Array;
  try {
    ({ body } = await client.get(checkPath(folder)));
  } catch (error) {
    if (isWebDavError(error, 'not-found')) return null;
    throw error;
  }
  try {
    return v.parse(KeyCheckSchema, JSON.parse(new TextDecoder().decode(body)));
  } catch {
    throw new SyncKeyError('unreadable-key-check');
  }
}

/**
 * Keys already derived in this background (PBKDF2 costs ~0.3 s; sync opens the folder every few
 * minutes). Non-extractable CryptoKeys, held in memory only; lost when the worker stops.
 */
const derived = new Map<string, CryptoKey>();

/** The key a key-check was made with, if `passphrase` is the right one; else SyncKeyError. */
export async function keyFromCheck(check: KeyCheck, passphrase: string): Promise<CryptoKey> {
  const id = JSON.stringify([check.salt, check.iterations, check.check, passphrase]);
  const known = derived.get(id);
  if (known) return known;
  const key = await deriveSyncKey(passphrase, fromBase64(check.salt), check.iterations);
  try {
    if ((await decryptText(key, fromBase64(check.check), KEY_CHECK_FILE)) === CHECK_TEXT) {
      if (derived.size >= 4) derived.clear();
      derived.set(id, key);
      return key;
    }
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
  }
  throw new SyncKeyError('wrong-passphrase');
}

/** A new key-check (new salt) for a passphrase, with the key it was made with. */
export async function newKeyCheck(passphrase: string): Promise<{ check: KeyCheck; key: CryptoKey }> {
  const salt = newSalt();
  const iterations = PBKDF2_ITERATIONS;
  const key = await deriveSyncKey(passphrase, salt, iterations);
  const sealed = await encryptBytes(key, CHECK_TEXT, KEY_CHECK_FILE);
  const check: KeyCheck = {
    format: 'lectern-key-check',
    version: 1,
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    check: toBase64(sealed),
  };
  return { check, key };
}

/**
 * Whether a folder without a key-check already holds sync files (anything but dot files): they are
 * plain, and encrypting from now on would leave two kinds of file that no device reads both of.
 */
export async function holdsPlainSyncFiles(client: WebDavClient, folder: string): Promise<boolean> {
  const entries = await client.list(folder);
  return entries.some((entry) => !entry.isFolder && entry.name !== KEY_CHECK_FILE && !entry.name.startsWith('.'));
}

/**
 * The folder's encryption key for `passphrase`. A folder without a key-check gets one (written
 * with If-None-Match: *; when another device wrote one first, that one is used), unless it holds
 * plain sync files already (`plain-folder`). Throws SyncKeyError for a wrong passphrase or a
 * damaged key-check, WebDavError for the server.
 */
export async function unlockSyncKey(client: WebDavClient, folder: string, passphrase: string): Promise<CryptoKey> {
  const existing = await readKeyCheck(client, folder);
  if (existing) return keyFromCheck(existing, passphrase);
  if (await holdsPlainSyncFiles(client, folder)) throw new SyncKeyError('plain-folder');
  const { check, key } = await newKeyCheck(passphrase);
  try {
    await client.put(checkPath(folder), JSON.stringify(check, null, 2), { ifNoneMatch: '*' });
    return key;
  } catch (error) {
    if (!isWebDavError(error, 'precondition-failed')) throw error;
    const winner = await readKeyCheck(client, folder);
    if (!winner) throw error;
    return keyFromCheck(winner, passphrase);
  }
}

/**
 * The key to sync `folder` with, or null when the folder is not encrypted and no passphrase is
 * set. A folder someone encrypted cannot be synced without its passphrase (`passphrase-needed`).
 */
export async function keyForFolder(
  client: WebDavClient,
  folder: string,
  passphrase: string | undefined,
): Promise<CryptoKey | null> {
  if (passphrase) return unlockSyncKey(client, folder, passphrase);
  if (await readKeyCheck(client, folder)) throw new SyncKeyError('passphrase-needed');
  return null;
}
