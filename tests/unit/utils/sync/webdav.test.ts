// @vitest-environment node
/**
 * The WebDAV client against a real server: Debian's Apache httpd with mod_dav
 * (tests/support/webdav-server.ts), through Node's real fetch. No mock of the protocol.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWeakEtag, sameEtag } from '@/utils/sync/etag';
import { createWebDavClient, type WebDavClient } from '@/utils/sync/webdav';
import { isWebDavError, type WebDavErrorKind } from '@/utils/sync/webdav-errors';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavServer } from '../../../support/webdav-server';

let server: WebDavServer;
let client: WebDavClient;
let folderCount = 0;
/** A fresh folder per test, created on the server. */
async function freshFolder(): Promise<string> {
  const folder = `t${++folderCount}-${Date.now().toString(36)}/`;
  await client.createFolder(folder);
  return folder;
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);

async function failureOf(work: () => Promise<unknown>): Promise<{ kind: WebDavErrorKind; status?: number } | 'none'> {
  try {
    await work();
    return 'none';
  } catch (error) {
    if (!isWebDavError(error)) throw error;
    return { kind: error.kind, status: error.status };
  }
}

beforeAll(async () => {
  server = await startWebDavServer();
  client = createWebDavClient({ url: server.url(), user: WEBDAV_USER, password: WEBDAV_PASSWORD });
}, 30_000);
afterAll(() => server?.close());

describe('folders and listing', () => {
  it('creates nested folders, accepts one that exists, and lists names, ETags, sizes and times', async () => {
    const base = await freshFolder();
    await client.createFolder(`${base}Lectern/notes/2026/`);
    await client.createFolder(`${base}Lectern/notes/`);
    await client.put(`${base}Lectern/notes/a b é.json`, '{"text":"hello"}');
    await client.put(`${base}Lectern/top.json`, '12345');

    const notes = await client.list(`${base}Lectern/notes/`);
    expect(notes.map((entry) => [entry.name, entry.path, entry.isFolder]).sort()).toEqual([
      ['2026', `${base}Lectern/notes/2026/`, true],
      ['a b é.json', `${base}Lectern/notes/a b é.json`, false],
    ]);
    const file = notes.find((entry) => !entry.isFolder);
    expect(file?.size).toBe(16);
    expect(file?.etag).toMatch(/^(W\/)?".+"$/);
    expect(file?.lastModified).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(readFileSync(server.diskPath(`${base}Lectern/notes/a b é.json`), 'utf8')).toBe('{"text":"hello"}');

    const top = await client.list(`${base}Lectern`);
    expect(top.map((entry) => entry.name).sort()).toEqual(['notes', 'top.json']);
  });

  it('lists an empty folder as empty, and a missing one as not-found', async () => {
    const base = await freshFolder();
    expect(await client.list(base)).toEqual([]);
    expect(await failureOf(() => client.list(`${base}missing/`))).toEqual({ kind: 'not-found', status: 404 });
  });
});

describe('reading, writing and deleting', () => {
  it('gets a body with its ETag, the same ETag a listing shows', async () => {
    const base = await freshFolder();
    const { etag } = await client.put(`${base}n.json`, new TextEncoder().encode('bytes ✓'));
    const file = await client.get(`${base}n.json`);
    expect(text(file.body)).toBe('bytes ✓');
    expect(sameEtag(file.etag, etag)).toBe(true);
    const [listed] = await client.list(base);
    expect(sameEtag(listed?.etag, etag)).toBe(true);
    expect(await client.etagOf(`${base}n.json`)).toBeTruthy();
    expect(await client.etagOf(`${base}none.json`)).toBeNull();
    expect(await failureOf(() => client.get(`${base}none.json`))).toEqual({ kind: 'not-found', status: 404 });
  });

  it('creates only when nothing is there with If-None-Match: *', async () => {
    const base = await freshFolder();
    await client.put(`${base}n.json`, 'first', { ifNoneMatch: '*' });
    expect(await failureOf(() => client.put(`${base}n.json`, 'second', { ifNoneMatch: '*' }))).toEqual({
      kind: 'precondition-failed',
      status: 412,
    });
    expect(readFileSync(server.diskPath(`${base}n.json`), 'utf8')).toBe('first');
  });

  it('overwrites only the version it read with If-Match, and returns the new ETag', async () => {
    const base = await freshFolder();
    await client.put(`${base}n.json`, 'v1');
    // A second later Apache's ETag is strong; waiting for it is the client's job (next test).
    const read = await client.get(`${base}n.json`);
    const written = await client.put(`${base}n.json`, 'v2', { ifMatch: read.etag as string });
    expect(sameEtag(written.etag, read.etag)).toBe(false);
    expect(text((await client.get(`${base}n.json`)).body)).toBe('v2');

    // Another device wrote in between: the stale ETag is refused and v2 stays.
    expect(await failureOf(() => client.put(`${base}n.json`, 'v3', { ifMatch: read.etag as string }))).toEqual({
      kind: 'precondition-failed',
      status: 412,
    });
    expect(readFileSync(server.diskPath(`${base}n.json`), 'utf8')).toBe('v2');
  });

  it("writes over a file younger than a second with the weak ETag its write returned (Apache's pitfall)", async () => {
    const base = await freshFolder();
    const first = await client.put(`${base}n.json`, 'v1');
    // Measured: Apache's ETag for a file written under a second ago is weak, and the server
    // refuses it in If-Match whatever the file holds.
    expect(isWeakEtag(first.etag as string)).toBe(true);
    const raw = await fetch(`${server.url()}${base}n.json`, {
      method: 'PUT',
      body: 'raw',
      headers: {
        'If-Match': first.etag as string,
        Authorization: `Basic ${btoa(`${WEBDAV_USER}:${WEBDAV_PASSWORD}`)}`,
      },
    });
    expect(raw.status).toBe(412);

    const second = await client.put(`${base}n.json`, 'v2', { ifMatch: first.etag as string });
    expect(readFileSync(server.diskPath(`${base}n.json`), 'utf8')).toBe('v2');
    expect(sameEtag(second.etag, first.etag)).toBe(false);
  });

  it('refuses a weak ETag once the file changed under it', async () => {
    const base = await freshFolder();
    const first = await client.put(`${base}n.json`, 'v1');
    await client.put(`${base}n.json`, 'another device, longer');
    expect(await failureOf(() => client.put(`${base}n.json`, 'mine', { ifMatch: first.etag as string }))).toEqual({
      kind: 'precondition-failed',
      status: 412,
    });
    expect(readFileSync(server.diskPath(`${base}n.json`), 'utf8')).toBe('another device, longer');
  });

  it('deletes only the version it read with If-Match', async () => {
    const base = await freshFolder();
    const { etag } = await client.put(`${base}n.json`, 'v1');
    await client.put(`${base}n.json`, 'changed elsewhere!');
    expect(await failureOf(() => client.remove(`${base}n.json`, { ifMatch: etag as string }))).toMatchObject({
      kind: 'precondition-failed',
    });
    expect(await client.etagOf(`${base}n.json`)).not.toBeNull();

    const current = (await client.get(`${base}n.json`)).etag as string;
    await client.remove(`${base}n.json`, { ifMatch: current });
    expect(await client.list(base)).toEqual([]);
    expect(await failureOf(() => client.remove(`${base}n.json`))).toEqual({ kind: 'not-found', status: 404 });
  });
});
