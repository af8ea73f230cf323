/**
 * The WebDAV client sync talks to the student's storage through (Nextcloud, ownCloud, a NAS,
 * Apache mod_dav…). `fetch` only, so it runs in the background (Chrome's service worker, Firefox's
 * background page). Paths are relative to the storage URL the student gave, `/`-separated,
 * folders ending in `/` (`Lectern/notes/`); each segment is percent-encoded here.
 *
 * Every failure is a WebDavError with a kind (webdav-errors.ts). ETags: compare them with
 * `sameEtag` (etag.ts); an ETag this client returns may be weak (`W/"…"`, Apache's for a file
 * younger than a second) and may be passed back as `ifMatch` as it is: before a conditional write
 * the client reads the file's current ETag and, when that is the same tag, sends its strong form,
 * waiting up to two seconds for the server to make it strong (see `strongIfMatch`).
 */
import { isWeakEtag, sameEtag } from './etag';
import { parseMultistatus } from './multistatus';
import { WebDavError } from './webdav-errors';
import { createRequester, type WebDavCredentials, type WebDavTransport } from './webdav-request';

export type { WebDavCredentials, WebDavTransport } from './webdav-request';

export interface RemoteEntry {
  /** The last segment, decoded (`abc.json`, `notes` for a folder). */
  name: string;
  /** Relative to the storage URL, like the paths the client takes (`Lectern/notes/abc.json`). */
  path: string;
  isFolder: boolean;
  etag: string | null;
  size: number;
  /** Epoch milliseconds, when the server says. */
  lastModified: number | null;
}

export interface RemoteFile {
  body: Uint8Array;
  etag: string | null;
}

/** Write only if the file still has this ETag, or only if there is no file yet. */
export type WriteCondition = { ifMatch: string } | { ifNoneMatch: '*' };

export interface WebDavClient {
  /** The files and folders directly inside `folder` (PROPFIND Depth 1), not the folder itself. */
  list(folder: string): Promise<RemoteEntry[]>;
  /** A file's body and ETag. Throws `not-found` when there is none. */
  get(path: string): Promise<RemoteFile>;
  /** A file's current ETag (HEAD), or null when there is no such file. */
  etagOf(path: string): Promise<string | null>;
  /** Writes a file; with a condition, a 412 throws `precondition-failed`. Returns the new ETag. */
  put(path: string, body: Uint8Array | string, condition?: WriteCondition): Promise<{ etag: string | null }>;
  /** Deletes a file (if it still has `ifMatch`, when given). */
  remove(path: string, condition?: { ifMatch: string }): Promise<void>;
  /** Creates a folder and any missing parents; an existing folder is fine. */
  createFolder(path: string): Promise<void>;
}

/** How long, at most, to wait for a weak ETag to turn strong (Apache: one second). */
const WEAK_ETAG_WAITS_MS = [1_100, 1_100] as const;

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop>' +
  '<d:resourcetype/><d:getetag/><d:getcontentlength/><d:getlastmodified/></d:prop></d:propfind>';

/** `https://host/dav/` + `Lectern/a b.json` → `https://host/dav/Lectern/a%20b.json`. */
export function urlFor(base: string, path: string): string {
  const segments = path.split('/').filter((segment, index, all) => segment !== '' || index === all.length - 1);
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    throw new Error(`A WebDAV path may not hold "." or ".." segments: ${path}`);
  }
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + segments.map(encodeURIComponent).join('/');
}

function decodedPath(href: string, base: string): string {
  const pathname = new URL(href, base).pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

const wait = (ms: number) => new Promise<void>((resume) => setTimeout(resume, ms));

export function createWebDavClient(credentials: WebDavCredentials, transport: WebDavTransport = {}): WebDavClient {
  const request = createRequester(credentials, transport);
  const url = (path: string) => urlFor(credentials.url, path);

  async function etagOf(path: string): Promise<string | null> {
    const response = await request({
      method: 'HEAD',
      url: url(path),
      accept: (s) => s === 404 || (s >= 200 && s < 300),
    });
    return response.status === 404 ? null : response.headers.get('ETag');
  }

  /**
   * The ETag to send as If-Match for a file read with ETag `held`. A strong one is sent as it is.
   * A weak one is looked up: when the file now shows another tag, it changed (412, as the server
   * would say); when it shows the same tag strong, that is sent; while it is still weak, wait
   * (Apache makes it strong once the file is a second old), then send what there is.
   */
  async function strongIfMatch(path: string, held: string): Promise<string> {
    if (!isWeakEtag(held)) return held;
    for (const pause of [0, ...WEAK_ETAG_WAITS_MS]) {
      if (pause) await wait(pause);
      const current = await etagOf(path);
      if (!sameEtag(current, held)) throw new WebDavError('precondition-failed', 412);
      if (current && !isWeakEtag(current)) return current;
    }
    return held;
  }

  async function conditionHeaders(path: string, condition?: WriteCondition): Promise<Record<string, string>> {
    if (!condition) return {};
    if ('ifNoneMatch' in condition) return { 'If-None-Match': '*' };
    return { 'If-Match': await strongIfMatch(path, condition.ifMatch) };
  }

  async function createFolder(path: string): Promise<void> {
    const folder = path.endsWith('/') ? path : `${path}/`;
    const response = await request({
      method: 'MKCOL',
      url: url(folder),
      // 405: something is there already; 409: a parent folder is missing.
      accept: (s) => s === 405 || s === 409 || (s >= 200 && s < 300),
    });
    if (response.status !== 409) return;
    const parent = folder.slice(0, folder.slice(0, -1).lastIndexOf('/') + 1);
    if (!parent) throw new WebDavError('not-found', 409);
    await createFolder(parent);
    await request({ method: 'MKCOL', url: url(folder), accept: (s) => s === 405 || (s >= 200 && s < 300) });
  }

  return {
    etagOf,

    async list(folder) {
      const folderUrl = url(folder.endsWith('/') ? folder : `${folder}/`);
      const response = await request({
        method: 'PROPFIND',
        url: folderUrl,
        headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
        body: PROPFIND_BODY,
      });
      const entries = response.status === 207 ? parseMultistatus(await response.text()) : null;
      if (!entries) throw new WebDavError('not-webdav', response.status);
      const folderPath = decodedPath(folderUrl, folderUrl);
      const rootPath = decodedPath(url(''), folderUrl);
      return entries
        .map((entry) => ({ entry, at: decodedPath(entry.href, folderUrl) }))
        .filter(({ at }) => at.replace(/\/$/, '') !== folderPath.replace(/\/$/, '') && at.startsWith(folderPath))
        .map(({ entry, at }) => {
          const relative = at.slice(rootPath.length).replace(/\/$/, '');
          return {
            name: relative.slice(relative.lastIndexOf('/') + 1),
            path: entry.isFolder ? `${relative}/` : relative,
            isFolder: entry.isFolder,
            etag: entry.etag,
            size: entry.size,
            lastModified: entry.lastModified,
          };
        });
    },

    async get(path) {
      const response = await request({ method: 'GET', url: url(path) });
      return { body: new Uint8Array(await response.arrayBuffer()), etag: response.headers.get('ETag') };
    },

    async put(path, body, condition) {
      const headers = { 'Content-Type': 'application/octet-stream', ...(await conditionHeaders(path, condition)) };
      const response = await request({ method: 'PUT', url: url(path), headers, body });
      // Apache (and others) send no ETag with a PUT's answer: read it back.
      const sent = response.headers.get('ETag');
      return { etag: sent && !isWeakEtag(sent) ? sent : ((await etagOf(path)) ?? sent) };
    },

    async remove(path, condition) {
      await request({ method: 'DELETE', url: url(path), headers: await conditionHeaders(path, condition) });
    },

    createFolder,
  };
}
