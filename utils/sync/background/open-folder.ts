/**
 * The student's sync folder as set up in Options (utils/settings/sync-account.ts: the storage, the
 * folder, encryption), or null when sync is not set up on this device. The first pass of a
 * background run (or after the account changed) creates the folder if it is gone, checks the
 * passphrase against the folder's key-check (a wrong one, or none for an encrypted folder, throws
 * SyncKeyError: nothing is synced) and finds whether the server honours If-Match when set-up did
 * not test it; later passes reuse what it found (the key stays in memory, never in storage), so a
 * pass with nothing to do is one request: the listing.
 */
import { normalisedSyncFolder } from '../../model/sync-account';
import { syncAccountSetting } from '../../settings/sync-account';
import { probeConditionalWrites } from '../connection';
import { encryptedJsonCodec } from '../encrypted-codec';
import { keyForFolder } from '../key-check';
import { plainJsonCodec, type SyncFolder } from '../remote-folder';
import { createWebDavClient } from '../webdav';

/** This background run's opened account: its identity and key (PBKDF2 takes a while: once, not per pass). */
let opened: { id: string; key: CryptoKey | null } | null = null;

export async function openSyncFolder(): Promise<SyncFolder | null> {
  const account = await syncAccountSetting.getValue();
  if (!account) return null;
  const client = createWebDavClient({ url: account.url, user: account.user, password: account.password });
  const folder = normalisedSyncFolder(account.folder);
  const id = JSON.stringify([account.url, account.user, account.password, folder, account.passphrase]);
  if (opened?.id !== id) {
    await client.createFolder(folder);
    opened = { id, key: await keyForFolder(client, folder, account.passphrase || undefined) };
  }
  let conditionalWrites = account.conditionalWrites;
  if (conditionalWrites === null) {
    conditionalWrites = await probeConditionalWrites(client, folder);
    await syncAccountSetting.setValue({ ...account, conditionalWrites });
  }
  const codec = opened.key ? encryptedJsonCodec(opened.key) : plainJsonCodec;
  return { client, folder, codec, conditionalWrites, bytesSent: 0 };
}
export async function isSyncConfigured(): Promise<boolean> {
  return (await syncAccountSetting.getValue()) !== null;
}
