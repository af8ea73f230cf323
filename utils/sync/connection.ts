/**
 * "Test connection" and what the storage can do. `checkConnection` walks the steps a sync needs,
 * in the order that names the real problem: reach the server and sign in (PROPFIND on the storage
 * URL: unreachable, tls, unauthorized, not-webdav, not-found), create the sync folder (forbidden),
 * write and delete a small probe file in it (insufficient-storage, forbidden), and find whether
 * the server honours If-Match / If-None-Match.
 *
 * Some servers ignore those conditions (Debian's rclone 1.60 answers 201 to a PUT with a wrong
 * If-Match). On them a conditional write cannot stop two devices overwriting each other, so the
 * engine reads each file back after writing it instead: `capabilities.conditionalWrites` says which.
 */

import type { WebDavClient } from './webdav';
import { isWebDavError, messageForWebDavError, WebDavError, type WebDavErrorKind } from './webdav-errors';

export interface StorageCapabilities {
  /** The server answers 412 to a failed If-Match / If-None-Match (false: read-after-write checks). */
  conditionalWrites: boolean;
}

export type ConnectionCheck =
  | { ok: true; capabilities: StorageCapabilities }
  | { ok: false; kind: WebDavErrorKind; status?: number; message: string };

/** The probe file's name inside the sync folder (written, tested, deleted). */
export const PROBE_FILE = '.lectern-probe';

/** A tag no server will hand out for the probe file. */
const WRONG_ETAG = '"lectern-probe-wrong-etag"';

async function refusedWith412(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return false;
  } catch (error) {
    if (isWebDavError(error, 'precondition-failed')) return true;
    throw error;
  }
}

/**
 * Whether the server honours write conditions: the probe file is written, then written again with
 * a wrong If-Match and with If-None-Match: * (a server that honours them answers 412 to both;
 * a 2xx to either means it ignores them), then deleted.
 */
export async function probeConditionalWrites(client: WebDavClient, folder: string): Promise<boolean> {
  const probe = `${folder.replace(/\/?$/, '/')}${PROBE_FILE}`;
  await client.put(probe, 'Lectern checks whether this server honours If-Match. Safe to delete.');
  try {
    const ifMatch = await refusedWith412(() => client.put(probe, 'wrong If-Match', { ifMatch: WRONG_ETAG }));
    const ifNoneMatch = await refusedWith412(() => client.put(probe, 'If-None-Match', { ifNoneMatch: '*' }));
    return ifMatch && ifNoneMatch;
  } finally {
    await client.remove(probe).catch(() => undefined);
  }
}

/** Checks that sync can work with this storage and folder (creating the folder); never throws. */
export async function checkConnection(client: WebDavClient, folder: string): Promise<ConnectionCheck> {
  try {
    await client.list('');
    await client.createFolder(folder);
    return { ok: true, capabilities: { conditionalWrites: await probeConditionalWrites(client, folder) } };
  } catch (error) {
    if (!(error instanceof WebDavError)) {
      return { ok: false, kind: 'rejected', message: `${messageForWebDavError('rejected')} (${String(error)})` };
    }
    return { ok: false, kind: error.kind, status: error.status, message: error.message };
  }
}
