/**
 * The real WebDAV server (tests/support/webdav-server.ts) for a sync test file: started once for
 * the file, a fresh sync folder for each test, and the folder as the engine opens it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type BundleCodec, plainJsonCodec, type SyncFolder } from '@/utils/sync/remote-folder';
import { createWebDavClient } from '@/utils/sync/webdav';
import { startWebDavServer, WEBDAV_PASSWORD, WEBDAV_USER, type WebDavServer } from '../../../support/webdav-server';

/** The lecture the tests take notes on. */
export const sighting = {
  key: 'youtube:abc',
  platform: 'youtube',
  title: 'Cell biology',
  site: 'www.youtube.com',
  url: 'https://www.youtube.com/watch?v=abc',
  duration: 600,
};

export function useSyncServer(prefix: string) {
  let server: WebDavServer | undefined;
  let count = 0;
  let folderName = '';
  beforeAll(async () => {
    server = await startWebDavServer();
  }, 30_000);
  afterAll(() => server?.close());
  beforeEach(() => {
    folderName = `${prefix}-${++count}/`;
  });
  const started = () => {
    if (!server) throw new Error('the WebDAV server is not started yet');
    return server;
  };
  return {
    server: started,
    /** This test's sync folder (`Lectern-3/`). */
    folderName: () => folderName,
    /** The folder as the engine opens it: at a location of the server, with a codec. */
    folderAt: (
      location: 'dav' | 'ignoring' | 'full' = 'dav',
      conditionalWrites = true,
      codec: BundleCodec = plainJsonCodec,
    ): SyncFolder => ({
      client: createWebDavClient({ url: started().url(location), user: WEBDAV_USER, password: WEBDAV_PASSWORD }),
      folder: folderName,
      codec,
      conditionalWrites,
      bytesSent: 0,
    }),
    /** Apache's access log (`%r %>s`: request line and status), one request a line. */
    accessLog: () => readFileSync(join(started().diskPath(), '../logs/access.log'), 'utf8').split('\n').filter(Boolean),
  };
}
