// @vitest-environment node
/**
 * Each way the student's storage can fail, against real Apache httpd with mod_dav
 * (tests/support/webdav-server.ts), and the "Test connection" check that names them.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConnection, PROBE_FILE, probeConditionalWrites } from '@/utils/sync/connection';
import { createWebDavClient, type WebDavCredentials } from '@/utils/sync/webdav';
import { isWebDavError, messageForWebDavError } from '@/utils/sync/webdav-errors';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavServer } from '../../../support/webdav-server';

let server: WebDavServer;
const at = (url: string, password = WEBDAV_PASSWORD): WebDavCredentials => ({ url, user: WEBDAV_USER, password });
const check = (credentials: WebDavCredentials, folder = 'Lectern/') =>
  checkConnection(createWebDavClient(credentials, { timeoutMs: 5_000 }), folder);

beforeAll(async () => {
  server = await startWebDavServer();
}, 30_000);
afterAll(() => server?.close());

describe('checkConnection', () => {
  it('works with good storage: creates the folder, finds conditions honoured, leaves no probe file', async () => {
    expect(await check(at(server.url()), 'Study/Lectern/')).toEqual({
      ok: true,
      capabilities: { conditionalWrites: true },
    });
    expect(existsSync(server.diskPath('Study/Lectern'))).toBe(true);
    expect(existsSync(server.diskPath(`Study/Lectern/${PROBE_FILE}`))).toBe(false);
  });

  it.each([
    ['a wrong app password', () => at(server.url(), 'wrong-password'), 'unauthorized', 401],
    ['a read-only share', () => at(server.url('readonly')), 'forbidden', 403],
    ['a web server without WebDAV', () => at(server.url('plain')), 'not-webdav', 405],
    ['a missing address', () => at(`${server.url()}no-such-user/`), 'not-found', 404],
    ['a full disk', () => at(server.url('full')), 'insufficient-storage', 507],
    ['a certificate nobody trusts', () => at(server.secureUrl()), 'tls', undefined],
  ] as const)('names %s', async (_, credentials, kind, status) => {
    const result = await check(credentials());
    expect(result).toEqual({ ok: false, kind, status, message: expect.any(String) });
    expect(result.ok || result.message.startsWith(messageForWebDavError(kind))).toBe(true);
  });

  it('says unreachable while the server is stopped, and works again once it is back', async () => {
    await server.stop();
    try {
      expect(await check(at(server.url()))).toMatchObject({ ok: false, kind: 'unreachable', status: undefined });
    } finally {
      await server.start();
    }
    expect(await check(at(server.url()))).toMatchObject({ ok: true });
  });

  it('finds that a server ignores write conditions', async () => {
    // /ignoring/ is the same Apache storage with If-Match and If-None-Match removed before mod_dav
    // sees them (mod_headers), as rclone 1.60 ignores them: the probe's wrong If-Match succeeds.
    expect(await check(at(server.url('ignoring')))).toEqual({ ok: true, capabilities: { conditionalWrites: false } });
  });
});

describe('probeConditionalWrites', () => {
  it('reports honoured conditions on mod_dav and cleans up after itself', async () => {
    const client = createWebDavClient(at(server.url()));
    await client.createFolder('probe-here/');
    expect(await probeConditionalWrites(client, 'probe-here')).toBe(true);
    expect(await client.list('probe-here/')).toEqual([]);
  });

  it('passes a write failure on (a full disk is not "conditions ignored")', async () => {
    const client = createWebDavClient(at(server.url('full')));
    const failure = await probeConditionalWrites(client, '').catch((error: unknown) => error);
    expect(isWebDavError(failure, 'insufficient-storage')).toBe(true);
  });
});

describe('a full disk without a real small filesystem', () => {
  it('is an Apache rule answering 507 to writes, which the client names the same way', async () => {
    const ruled = await startWebDavServer({ fullDisk: 'rule' });
    try {
      expect(ruled.fullDisk).toBe('rule');
      expect(await check(at(ruled.url('full')))).toMatchObject({
        ok: false,
        kind: 'insufficient-storage',
        status: 507,
      });
    } finally {
      await ruled.close();
    }
  }, 30_000);
});
