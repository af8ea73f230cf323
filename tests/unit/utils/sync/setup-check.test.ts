// @vitest-environment node
/** "Test connection" (utils/sync/setup-check.ts) against real Apache httpd with mod_dav. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_CHECK_FILE, unlockSyncKey } from '@/utils/sync/key-check';
import { checkSyncSetup } from '@/utils/sync/setup-check';
import { createWebDavClient } from '@/utils/sync/webdav';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavServer } from '../../../support/webdav-server';

let server: WebDavServer;
const account = (folder: string, passphrase = '') => ({
  url: server.url(),
  user: WEBDAV_USER,
  password: WEBDAV_PASSWORD,
  folder,
  passphrase,
});

beforeAll(async () => {
  server = await startWebDavServer();
}, 30_000);
afterAll(() => server?.close());

describe('checkSyncSetup', () => {
  it('reports a plain folder, and one a passphrase will encrypt, without writing a key-check', async () => {
    expect(await checkSyncSetup(account('Plain'))).toEqual({ ok: true, conditionalWrites: true, encryption: 'off' });
    expect(await checkSyncSetup(account('Fresh/', 'blue otter 42'))).toEqual({
      ok: true,
      conditionalWrites: true,
      encryption: 'new',
    });
    expect(existsSync(server.diskPath(`Fresh/${KEY_CHECK_FILE}`))).toBe(false);
  });

  it('asks for the passphrase of an encrypted folder, and says a wrong one is wrong', async () => {
    const client = createWebDavClient({ url: server.url(), user: WEBDAV_USER, password: WEBDAV_PASSWORD });
    await client.createFolder('Locked/');
    await unlockSyncKey(client, 'Locked/', 'blue otter 42');
    expect(await checkSyncSetup(account('Locked/'))).toMatchObject({ ok: false, problem: 'passphrase-needed' });
    expect(await checkSyncSetup(account('Locked/', 'red otter'))).toMatchObject({
      ok: false,
      problem: 'wrong-passphrase',
    });
    expect(await checkSyncSetup(account('/Locked', 'blue otter 42'))).toMatchObject({ ok: true, encryption: 'on' });
  });

  it('refuses a passphrase for a folder other devices sync unencrypted', async () => {
    const client = createWebDavClient({ url: server.url(), user: WEBDAV_USER, password: WEBDAV_PASSWORD });
    await client.createFolder('Shared/');
    await client.put('Shared/library.json', '{"format":"lectern-sync"}');
    expect(await checkSyncSetup(account('Shared/', 'blue otter 42'))).toMatchObject({
      ok: false,
      problem: 'plain-folder',
      message: expect.stringContaining('choose a new, empty folder'),
    });
    expect(await checkSyncSetup(account('Shared/'))).toMatchObject({ ok: true, encryption: 'off' });
  });

  it('reports the storage problem first (a wrong app password)', async () => {
    expect(await checkSyncSetup({ ...account('Lectern/'), password: 'nope' })).toEqual({
      ok: false,
      problem: 'unauthorized',
      status: 401,
      message: expect.stringContaining('did not accept the user name or app password'),
    });
  });
});
