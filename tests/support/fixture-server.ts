/**
 * Serves tests/fixtures (replica course pages and the demo lecture video) on 127.0.0.1, with
 * HTTP range requests so videos can seek. Browsers map real host names (www.youtube.com,
 * lms.example.edu, …) to it, so platform adapters see the URLs they would see in the wild.
 * The same files are served over HTTPS too (a self-signed certificate made at start): both
 * browsers force https for HSTS-preloaded hosts (www.youtube.com, www.coursera.org).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createSecureServer, type Server as SecureServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { selfSignedCertificate } from './self-signed';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
/** Real player libraries, served to replica pages as `/vendor/<package>/…` from node_modules. */
const VENDOR_DIR = resolve(import.meta.dirname, '../../node_modules');
const VENDOR_PACKAGES = new Set(['video.js', 'plyr', 'media-chrome', 'dashjs']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.m4s': 'video/iso.segment',
  '.mpd': 'application/dash+xml',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.vtt': 'text/vtt',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Hosts both browsers only ever reach over https (HSTS preload): `url()` gives https for them. */
export const HTTPS_HOSTS: ReadonlySet<string> = new Set(['www.youtube.com', 'www.coursera.org']);

/** Pretty URLs of the replica platforms → fixture files (tests/fixtures/README.md); the first prefix that matches wins. */
export const ROUTES: Readonly<Record<string, string>> = {
  '/watch': 'youtube/watch.html',
  '/learn': 'coursera/lecture.html',
  '/p/2031/embedPlaykitJs': 'kaltura/playkit.html',
  '/p': 'kaltura/embed.html',
  '/Panopto/Pages/Embed.aspx': 'panopto/embed.html',
  '/courses': 'lms/canvas-module-item.html',
  '/mod': 'lms/moodle-page.html',
  '/clips': 'media/lecture.webm',
  '/course': 'edx/unit.html',
};

export interface FixtureServer {
  port: number;
  /** The HTTPS port (self-signed certificate; the test browsers accept it). */
  securePort: number;
  /** `http://<host>:<port><path>` for a fixture under a (mapped) host name; https for HTTPS_HOSTS. */
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

/** Maps a request path to a fixture file; pretty URLs (`/watch`, `/course/x`) use a route table. */
function fileFor(pathname: string, routes: Record<string, string>): string | null {
  const vendor = /^\/vendor\/([^/]+)\/(.+)$/.exec(pathname);
  if (vendor) {
    const file = normalize(join(VENDOR_DIR, vendor[1] as string, decodeURIComponent(vendor[2] as string)));
    return VENDOR_PACKAGES.has(vendor[1] as string) && file.startsWith(VENDOR_DIR) ? file : null;
  }
  const routed = Object.entries(routes).find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const relative = routed ? routed[1] : pathname;
  const file = normalize(join(FIXTURES_DIR, decodeURIComponent(relative)));
  if (!file.startsWith(FIXTURES_DIR)) return null;
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? join(file, 'index.html') : file;
  } catch {
    return null;
  }
}

function serve(routes: Record<string, string>, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(url.pathname, routes);
  let size: number;
  try {
    if (!file) throw new Error('outside fixtures');
    size = statSync(file).size;
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'accept-ranges': 'bytes',
    'cache-control': 'no-store',
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
  if (range) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start >= size || start > end) {
      response.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    response.writeHead(206, {
      ...headers,
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': end - start + 1,
    });
    createReadStream(file, { start, end }).pipe(response);
    return;
  }
  response.writeHead(200, { ...headers, 'content-length': size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

async function listen(server: Server | SecureServer, port: number): Promise<number> {
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

const stop = (server: Server | SecureServer) =>
  new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });

/** Serves the fixtures over http on `port` (0: any free one) and over https on a free port. */
export async function startFixtureServer(routes: Record<string, string> = {}, port = 0): Promise<FixtureServer> {
  const allRoutes = { ...ROUTES, ...routes };
  const handler = (request: IncomingMessage, response: ServerResponse) => serve(allRoutes, request, response);
  const server = createServer(handler);
  const secure = createSecureServer(selfSignedCertificate([...HTTPS_HOSTS, 'localhost']), handler);
  const [actualPort, securePort] = [await listen(server, port), await listen(secure, 0)];
  return {
    port: actualPort,
    securePort,
    url: (path, host = '127.0.0.1') =>
      HTTPS_HOSTS.has(host) ? `https://${host}:${securePort}${path}` : `http://${host}:${actualPort}${path}`,
    close: async () => {
      await Promise.all([stop(server), stop(secure)]);
    },
  };
}
