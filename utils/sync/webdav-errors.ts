/**
 * What can go wrong talking to the student's WebDAV storage, as one typed error with a kind the
 * sync engine can act on (back off, stop and ask, re-read and merge) and a message in plain words
 * the options page and the popup show as they are.
 */

export type WebDavErrorKind =
  /** No answer: wrong address, no network, server down, or it took too long. */
  | 'unreachable'
  /** 401: the user name or app password is wrong. */
  | 'unauthorized'
  /** 403: signed in, but not allowed here (a read-only share, a folder of someone else). */
  | 'forbidden'
  /** The address answers, but not as WebDAV (405/501 to PROPFIND, no multistatus). */
  | 'not-webdav'
  /** 507: the storage is full. */
  | 'insufficient-storage'
  /** The secure connection failed (an untrusted, expired or wrong-name certificate). */
  | 'tls'
  /** 412: the file changed on the server since it was read (another device wrote first). */
  | 'precondition-failed'
  /** 404 (or 409 for a missing parent folder). */
  | 'not-found'
  /** 5xx other than 507. */
  | 'server'
  /** Any other refusal (400, 413, 423 Locked, …). */
  | 'rejected';

const MESSAGES: Record<WebDavErrorKind, string> = {
  unreachable:
    'Lectern could not reach the server. Check the address and your internet connection; the server may be down, or this browser may not trust its certificate (open the address in a tab to see).',
  unauthorized:
    'The server did not accept the user name or app password. Check both (Nextcloud wants an app password from Settings → Security).',
  forbidden:
    'The server knows you but does not let you write here. Check that your account may change this folder, or choose another one.',
  'not-webdav':
    'This address answers, but it is not WebDAV storage. For Nextcloud, use the address ending in /remote.php/dav/files/YOUR-USER-NAME/.',
  'insufficient-storage':
    'Your storage on the server is full, so nothing more can be saved there. Free some space; your notes stay safe on this device.',
  tls: 'The secure connection to the server failed: its certificate is not trusted (expired, self-signed or made for another name). Lectern does not send your password over it.',
  'precondition-failed':
    'A file on the server changed while Lectern was writing it (another device synced at the same time). Lectern will read it again and merge.',
  'not-found': 'There is nothing at this address on the server. Check the address and the folder name.',
  server: 'The server had a problem of its own. Lectern will try again later.',
  rejected: 'The server refused the request.',
};

/** The plain-words message for an error kind. */
export function messageForWebDavError(kind: WebDavErrorKind): string {
  return MESSAGES[kind];
}

export class WebDavError extends Error {
  override readonly name = 'WebDavError';
  constructor(
    readonly kind: WebDavErrorKind,
    /** The HTTP status when the server answered, else undefined. */
    readonly status?: number,
    detail?: string,
  ) {
    super(status ? `${MESSAGES[kind]} (HTTP ${status}${detail ? `: ${detail}` : ''})` : MESSAGES[kind]);
  }
}

export function isWebDavError(error: unknown, kind?: WebDavErrorKind): error is WebDavError {
  return error instanceof WebDavError && (kind === undefined || error.kind === kind);
}

/** The error kind of an HTTP status that is not a success. */
export function kindOfStatus(status: number): WebDavErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 409 || status === 410) return 'not-found';
  if (status === 405 || status === 501) return 'not-webdav';
  if (status === 412) return 'precondition-failed';
  if (status === 507) return 'insufficient-storage';
  if (status >= 500) return 'server';
  return 'rejected';
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH|ERR_TLS|EPROTO/i;

/**
 * Turns what `fetch` threw into a WebDavError. Node's fetch names the cause (`cause.code`:
 * ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT, …); a browser's fetch only throws a TypeError with
 * no reason, so there a certificate problem reads as "unreachable" (whose message names that
 * possibility) unless `hint` says TLS.
 */
export function errorOfFailedFetch(error: unknown, hint?: 'tls'): WebDavError {
  if (error instanceof WebDavError) return error;
  if (hint === 'tls') return new WebDavError('tls');
  const codes: string[] = [];
  for (let cause: unknown = error, depth = 0; cause && depth < 4; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof message === 'string') codes.push(message);
    cause = (cause as { cause?: unknown }).cause;
  }
  return new WebDavError(codes.some((code) => TLS_CODES.test(code)) ? 'tls' : 'unreachable');
}
