// @vitest-environment node
/** The key-check file on a real Apache mod_dav server (tests/support/webdav-server.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptText, encryptBytes, PBKDF2_ITERATIONS } from '@/utils/sync/crypto';
import { KEY_CHECK_FILE, keyForFolder, readKeyCheck, SyncKeyError, unlockSyncKey } from '@/utils/sync/key-check';
import { createWebDavClient, type WebDavClient } from '@/utils/sync/webdav';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavServer } from '../../../support/webdav-server';

let server: WebDavServer;
let client: WebDavClient;
let count = 0;
async function freshFolder(): Promise<string> {
  const folder = `keys${++count}/`;
  await client.createFolder(folder);
  return folder;
}
async function problemOf(work: () => Promise<unknown>): Promise<string> {
  const error = await work().then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof SyncKeyError)) throw new Error(`expected a SyncKeyError, got ${String(error)}`);
  return error.problem;
}

beforeAll(async () => {
  server = await startWebDavServer();
  client = createWebDavClient({ url: server.url(), user: WEBDAV_USER, password: WEBDAV_PASSWORD });
}, 30_000);
afterAll(() => server?.close());

describe('the key-check file', () => {
  it('is made on first unlock, and opens the same key on another device with the same passphrase', async () => {
    const folder = await freshFolder();
    const laptop = await unlockSyncKey(client, folder, 'blue otter 42');
    const onDisk = readFileSync(server.diskPath(`${folder}${KEY_CHECK_FILE}`), 'utf8');
    expect(JSON.parse(onDisk)).toMatchObject({ format: 'lectern-key-check', iterations: PBKDF2_ITERATIONS });
    expect(onDisk).not.toContain('blue otter');
    expect(onDisk).not.toContain('key check');

    const labPc = await unlockSyncKey(client, folder, 'blue otter 42');
    const file = await encryptBytes(laptop, 'a note', 'n1');
    expect(await decryptText(labPc, file, 'n1')).toBe('a note');
  });

  it('says a wrong passphrase is wrong, and keeps the folder as it was', async () => {
    const folder = await freshFolder();
    await unlockSyncKey(client, folder, 'blue otter 42');
    const before = readFileSync(server.diskPath(`${folder}${KEY_CHECK_FILE}`), 'utf8');
    expect(await problemOf(() => unlockSyncKey(client, folder, 'blue otter 43'))).toBe('wrong-passphrase');
    expect(readFileSync(server.diskPath(`${folder}${KEY_CHECK_FILE}`), 'utf8')).toBe(before);
  });

  it('asks for the passphrase of an encrypted folder, and needs none for a plain one', async () => {
    const plain = await freshFolder();
    expect(await keyForFolder(client, plain, '')).toBeNull();
    expect(await readKeyCheck(client, plain)).toBeNull();

    const encrypted = await freshFolder();
    await unlockSyncKey(client, encrypted, 'blue otter 42');
    expect(await problemOf(() => keyForFolder(client, encrypted, undefined))).toBe('passphrase-needed');
    expect(await keyForFolder(client, encrypted, 'blue otter 42')).toBeInstanceOf(CryptoKey);
  });

  it('will not start encrypting a folder that already holds plain sync files', async () => {
    const folder = await freshFolder();
    await client.put(`${folder}library.json`, '{"format":"lectern-sync"}');
    expect(await problemOf(() => unlockSyncKey(client, folder, 'blue otter 42'))).toBe('plain-folder');
    expect(await readKeyCheck(client, folder)).toBeNull();
  });

  it('says a damaged key-check is damaged instead of guessing', async () => {
    const folder = await freshFolder();
    await unlockSyncKey(client, folder, 'blue otter 42');
    const path = server.diskPath(`${folder}${KEY_CHECK_FILE}`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"iterations": 600000', '"iterations": "many"'));
    expect(await problemOf(() => unlockSyncKey(client, folder, 'blue otter 42'))).toBe('unreadable-key-check');
  });

  it('uses the key-check another device wrote first when both set up at once', async () => {
    const folder = await freshFolder();
    let laptop: CryptoKey | undefined;
    // The lab PC finds no key-check; before it writes its own, the laptop writes one.
    const labPcClient: WebDavClient = {
      ...client,
      async get(path) {
        try {
          return await client.get(path);
        } finally {
          laptop ??= await unlockSyncKey(client, folder, 'blue otter 42');
        }
      },
    };
    const labPc = await unlockSyncKey(labPcClient, folder, 'blue otter 42');
    const file = await encryptBytes(labPc, 'from the lab', 'n1');
    expect(await decryptText(laptop as CryptoKey, file, 'n1')).toBe('from the lab');
  });
});
