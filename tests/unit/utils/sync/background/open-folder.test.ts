// @vitest-environment node
/**
 * Opening the sync folder from the account saved in options, against real Apache httpd with
 * mod_dav (tests/support/webdav-server.ts): plain, encrypted, a wrong passphrase, a server that
 * ignores conditions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncAccountSetting } from '@/utils/settings/sync-account';
import { isSyncConfigured, openSyncFolder } from '@/utils/sync/background/open-folder';
import { syncNow } from '@/utils/sync/background/runner';
import { KEY_CHECK_FILE, SyncKeyError } from '@/utils/sync/key-check';
import { plainJsonCodec, readData, writeData } from '@/utils/sync/remote-folder';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavServer } from '../../../../support/webdav-server';

let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDavServer();
}, 30_000);
afterAll(() => server?.close());

const save = (folder: string, passphrase = '', location: 'dav' | 'ignoring' = 'dav') =>
  syncAccountSetting.setValue({
    url: server.url(location),
    user: WEBDAV_USER,
    password: WEBDAV_PASSWORD,
    folder,
    passphrase,
    conditionalWrites: null,
    savedAt: 1,
  });

describe('openSyncFolder', () => {
  it('is null while sync is not set up on this device', async () => {
    expect(await openSyncFolder()).toBeNull();
    expect(await isSyncConfigured()).toBe(false);
  });

  it('opens a plain folder: creates it, finds conditions honoured and remembers that', async () => {
    await save('Plain/Lectern/');
    const folder = await openSyncFolder();
    expect(folder).toMatchObject({ folder: 'Plain/Lectern/', conditionalWrites: true, codec: plainJsonCodec });
    expect(existsSync(server.diskPath('Plain/Lectern'))).toBe(true);
    expect((await syncAccountSetting.getValue())?.conditionalWrites).toBe(true);
    expect(await isSyncConfigured()).toBe(true);
  });

  it('opens an encrypted folder: the server holds only ciphertext, another device with the passphrase reads it', async () => {
    await save('Secret/', 'blue otter 42');
    const laptop = await openSyncFolder();
    if (!laptop) throw new Error('no folder');
    await writeData(laptop, 'n1.json', { text: 'Krebs cycle yields' }, null);
    expect(existsSync(server.diskPath(`Secret/${KEY_CHECK_FILE}`))).toBe(true);
    expect(readFileSync(server.diskPath('Secret/n1.json')).toString('latin1')).not.toContain('Krebs');

    const labPc = await openSyncFolder();
    if (!labPc) throw new Error('no folder');
    expect((await readData(labPc, 'n1.json'))?.data).toEqual({ text: 'Krebs cycle yields' });
  });

  it('refuses a wrong passphrase, and the pass records it as the last error instead of syncing', async () => {
    await save('Locked/', 'blue otter 42');
    await openSyncFolder();
    await save('Locked/', 'blue otter 43');
    await expect(openSyncFolder()).rejects.toBeInstanceOf(SyncKeyError);
    const status = await syncNow(openSyncFolder);
    expect(status.lastError).toMatch(/passphrase does not open the notes in this sync folder/);
    expect(status.failures).toBe(1);
  });

  it('finds that a server ignores conditions when set-up did not test it', async () => {
    await save('Careless/', '', 'ignoring');
    expect((await openSyncFolder())?.conditionalWrites).toBe(false);
    expect((await syncAccountSetting.getValue())?.conditionalWrites).toBe(false);
  });
});
