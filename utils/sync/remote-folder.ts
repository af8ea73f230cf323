/**
 * The sync folder on the student's storage as the engine sees it: a listing of ETags, and bundles
 * read and written whole, through the codec (plain JSON, or encrypted: utils/sync/ encryption) and
 * validated on the way in (the server is outside Lectern's control). Writes are conditional on the
 * ETag read (If-Match) or on there being no file yet (If-None-Match: *). On a server that ignores
 * conditions (`conditionalWrites: false`), each write is read back and compared instead: a file
 * that is not what was written means another device wrote in between, as a 412 would.
 */
import * as v from 'valibot';
import { type SyncBundle, SyncBundleSchema } from '../model/sync';
import { sameEtag } from './etag';
import { canonicalJson } from './merge-note';
import type { WebDavClient } from './webdav';
import { isWebDavError, WebDavError } from './webdav-errors';

/** How bundles become file bodies and back: JSON, or JSON encrypted with the student's passphrase. */
export interface BundleCodec {
  /** `name`: the file's name (an encrypting codec binds it in, so files cannot be swapped). */
  encode(data: unknown, name: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Throws when the body cannot be read (a wrong passphrase, a damaged file). */
  decode(body: Uint8Array, name: string): Promise<unknown>;
  /** The same for a file that is bytes already (a snapshot's image). */
  encodeBytes(bytes: Uint8Array, name: string): Promise<Uint8Array>;
  decodeBytes(body: Uint8Array, name: string): Promise<Uint8Array>;
  /** Whether the server sees ciphertext (a snapshot's file then says nothing of its type). */
  encrypted: boolean;
}

export const plainJsonCodec: BundleCodec = {
  encode: async (data) => new TextEncoder().encode(JSON.stringify(data)),
  decode: async (body) => JSON.parse(new TextDecoder().decode(body)),
  encodeBytes: async (bytes) => bytes,
  decodeBytes: async (body) => body,
  encrypted: false,
};

export interface SyncFolder {
  client: WebDavClient;
  /** The folder's path on the storage, e.g. `Lectern/`. */
  folder: string;
  codec: BundleCodec;
  /** false: the server ignores If-Match (utils/sync/connection.ts found out); writes are read back. */
  conditionalWrites: boolean;
  /** Bytes sent in file bodies, for the bench and the status. */
  bytesSent: number;
}

/** A file on the server that is not a Lectern sync file, or that this passphrase cannot read. */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
}

export const pathOf = (folder: SyncFolder, name: string) => `${folder.folder.replace(/\/?$/, '/')}${name}`;

/** A file as the folder's listing shows it. */
export interface ListedFile {
  etag: string | null;
  size: number;
}

/** Every file in the folder by name. One PROPFIND. */
export async function listFolder(folder: SyncFolder): Promise<Map<string, ListedFile>> {
  const entries = await folder.client.list(folder.folder);
  return new Map(
    entries.filter((entry) => !entry.isFolder).map((entry) => [entry.name, { etag: entry.etag, size: entry.size }]),
  );
}

/** A file's decoded content and ETag, or null when there is no such file. */
export async function readData(
  folder: SyncFolder,
  name: string,
): Promise<{ data: unknown; etag: string | null } | null> {
  let file: Awaited<ReturnType<WebDavClient['get']>>;
  try {
    file = await folder.client.get(pathOf(folder, name));
  } catch (error) {
    if (isWebDavError(error, 'not-found')) return null;
    throw error;
  }
  try {
    return { data: await folder.codec.decode(file.body, name), etag: file.etag };
  } catch (error) {
    throw new UnreadableFileError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function readBundle(
  folder: SyncFolder,
  name: string,
): Promise<{ bundle: SyncBundle; etag: string | null } | null> {
  const file = await readData(folder, name);
  if (!file) return null;
  const parsed = v.safeParse(SyncBundleSchema, file.data);
  if (!parsed.success) throw new UnreadableFileError(`${name} is not a Lectern sync file`);
  return { bundle: parsed.output as SyncBundle, etag: file.etag };
}

/**
 * Writes `data` if the file is still at `etag` (null: only if there is no file; 'any': a file whose
 * server gave no ETag). Throws `precondition-failed` when another device wrote first. Resolves to
 * the new ETag.
 */
export async function writeData(
  folder: SyncFolder,
  name: string,
  data: unknown,
  etag: string | null | 'any',
): Promise<string | null> {
  const body = await folder.codec.encode(data, name);
  const path = pathOf(folder, name);
  folder.bytesSent += body.byteLength;
  const condition = etag === 'any' ? undefined : etag ? { ifMatch: etag } : { ifNoneMatch: '*' as const };
  if (!folder.conditionalWrites && etag !== 'any') {
    // The server would not refuse: look first (a narrow window remains; the read-back below closes most of it).
    const current = await folder.client.etagOf(path);
    if (etag ? !sameEtag(current, etag) : current !== null) throw new WebDavError('precondition-failed', 412);
  }
  const written = await folder.client.put(path, body, condition);
  if (folder.conditionalWrites) return written.etag;
  const back = await readData(folder, name);
  if (!back || canonicalJson(back.data) !== canonicalJson(data)) throw new WebDavError('precondition-failed');
  return back.etag;
}
