/**
 * What "Test connection" in the options page runs (in the background, `sync/test-connection`):
 * the storage check (connection.ts: reach, sign in, create the folder, write, conditions) and
 * then the encryption check: a folder encrypted before needs its passphrase, and a wrong one is
 * said now, not after a sync. It writes nothing but the folder and the probe file (deleted): the
 * key-check file is made by the first sync (key-check.ts `unlockSyncKey`), not by a test.
 */
import { normalisedSyncFolder, type SyncAccount } from '../model/sync-account';
import { checkConnection } from './connection';
import { holdsPlainSyncFiles, keyFromCheck, readKeyCheck, SyncKeyError, type SyncKeyProblem } from './key-check';
import { createWebDavClient, type WebDavTransport } from './webdav';
import { WebDavError, type WebDavErrorKind } from './webdav-errors';

export type SyncSetupReport =
  | {
      ok: true;
      /** The server honours If-Match / If-None-Match (false: sync checks writes by reading back). */
      conditionalWrites: boolean;
      /** off: no passphrase, folder not encrypted; on: the passphrase opens it; new: first sync encrypts it. */
      encryption: 'off' | 'on' | 'new';
    }
  | { ok: false; problem: WebDavErrorKind | SyncKeyProblem; status?: number; message: string };

/** Checks an account before it is saved; never throws. */
export async function checkSyncSetup(account: SyncAccount, transport?: WebDavTransport): Promise<SyncSetupReport> {
  const client = createWebDavClient(
    { url: account.url.trim(), user: account.user, password: account.password },
    transport,
  );
  const folder = normalisedSyncFolder(account.folder);
  const connection = await checkConnection(client, folder);
  if (!connection.ok) {
    return { ok: false, problem: connection.kind, status: connection.status, message: connection.message };
  }
  const { conditionalWrites } = connection.capabilities;
  try {
    const check = await readKeyCheck(client, folder);
    if (!check && account.passphrase && (await holdsPlainSyncFiles(client, folder))) {
      throw new SyncKeyError('plain-folder');
    }
    if (!check) return { ok: true, conditionalWrites, encryption: account.passphrase ? 'new' : 'off' };
    if (!account.passphrase) throw new SyncKeyError('passphrase-needed');
    await keyFromCheck(check, account.passphrase);
    return { ok: true, conditionalWrites, encryption: 'on' };
  } catch (error) {
    if (error instanceof SyncKeyError) return { ok: false, problem: error.problem, message: error.message };
    if (error instanceof WebDavError) {
      return { ok: false, problem: error.kind, status: error.status, message: error.message };
    }
    throw error;
  }
}
