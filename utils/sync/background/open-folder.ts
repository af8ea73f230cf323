/**
 * The student's sync folder as set up in Options (utils/settings/sync-account.ts: the storage, the
 * folder, encryption), or null when sync is not set up on this device. Opening it creates the
 * folder if it is gone, checks the passphrase against the folder's key-check (a wrong one, or none
 * for an encrypted folder, throws SyncKeyError: nothing is synced), and finds whether the server
 * honours If-Match when set-up did not test it.
 */
import { normalisedSyncFolder } from '../../model/sync-account';
import { syncAccountSetting } from '../../settings/sync-account';
import { probeConditionalWrites } from '../connection';
import { encryptedJsonCodec } from '../encrypted-codec';
import { keyForFolder } from '../key-check';
import { plainJsonCodec, type SyncFolder } from '../remote-folder';
import { createWebDavClient } from '../webdav';

export async function openSyncFolder(): Promise<SyncFolder | null> {
  const account = await syncAccountSetting.getValue();
  if (!account) return null;
  const client = createWebDavClient({ url: account.url, user: account.user, password: account.password });
  const folder = normalisedSyncFolder(account.folder);
  await client.createFolder(folder);
  const key = await keyForFolder(client, folder, account.passphrase || undefined);
  let conditionalWrites = account.conditionalWrites;
  if (conditionalWrites === null) {
    conditionalWrites = await probeConditionalWrites(client, folder);
    await syncAccountSetting.setValue({ ...account, conditionalWrites });
  }
  return { client, folder, codec: key ? encryptedJsonCodec(key) : plainJsonCodec, conditionalWrites, bytesSent: 0 };
}

export async function isSyncConfigured(): Promise<boolean> {
  return (await syncAccountSetting.getValue()) !== null;
}
