/**
 * One HTTP request to the student's WebDAV storage: Basic auth, no cookies, no HTTP cache (a
 * cached GET or HEAD would hand sync a stale body or ETag), a time limit, and every failure turned
 * into a WebDavError (utils/sync/webdav-errors.ts). The client (webdav.ts) builds on this.
 */
import { errorOfFailedFetch, kindOfStatus, WebDavError } from './webdav-errors';

export interface WebDavCredentials {
  /** The storage's folder URL, e.g. `https://cloud.example.edu/remote.php/dav/files/ada/`. */
  url: string;
  user: string;
  /** An app password (Nextcloud: Settings → Security), never the student's main one if avoidable. */
  password: string;
}

export interface WebDavTransport {
  /** The fetch to use (tests and the background pass the global one). */
  fetch?: typeof fetch;
  /** Milliseconds before a request counts as "unreachable" (default 30 s). */
  timeoutMs?: number;
  /**
   * Asked after a fetch failed without an HTTP answer, to tell a certificate problem from an
   * unreachable server where fetch cannot say (a browser's fetch throws the same TypeError).
   */
  explainFailure?: (url: string) => Promise<'tls' | undefined>;
}

export interface RequestInput {
  method: 'GET' | 'HEAD' | 'PUT' | 'DELETE' | 'MKCOL' | 'PROPFIND' | 'OPTIONS';
  url: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Statuses that are answers, not errors (default: 2xx only). */
  accept?: (status: number) => boolean;
}

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export function createRequester(credentials: WebDavCredentials, transport: WebDavTransport = {}) {
  const doFetch = transport.fetch ?? globalThis.fetch.bind(globalThis);
  const authorization = basicAuth(credentials.user, credentials.password);
  return async function request(input: RequestInput): Promise<Response> {
    let response: Response;
    try {
      response = await doFetch(input.url, {
        method: input.method,
        headers: { Authorization: authorization, ...input.headers },
        body: input.body as BodyInit | undefined,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
        signal: AbortSignal.timeout(transport.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw errorOfFailedFetch(error, await transport.explainFailure?.(input.url).catch(() => undefined));
    }
    const accepted = input.accept ? input.accept(response.status) : response.ok;
    if (!accepted) {
      await response.body?.cancel().catch(() => undefined);
      throw new WebDavError(kindOfStatus(response.status), response.status);
    }
    return response;
  };
}

export type WebDavRequest = ReturnType<typeof createRequester>;
