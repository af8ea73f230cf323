/**
 * A real WebDAV server for the sync tests: Debian's Apache httpd (`apache2` with mod_dav and
 * mod_dav_fs, Basic auth from `htpasswd`), started on 127.0.0.1 on a free port with a config and
 * folders of its own under a temp directory. `.ci/run` installs apache2 and apache2-utils.
 *
 * Locations (all under Basic auth as USER / PASSWORD unless said):
 *   /dav/       the student's storage: read and write, If-Match / If-None-Match honoured
 *   /ignoring/  the same folder, but Apache drops If-Match / If-None-Match before mod_dav sees them
 *               (mod_headers `RequestHeader unset … early`): a server that ignores conditions,
 *               like rclone 1.60 (measured: a PUT with a wrong If-Match answers 201)
 *   /readonly/  WebDAV that may be read but not written: writes answer 403
 *   /plain/     the same files served without WebDAV (Dav Off): a plain web server
 *   /full/      WebDAV on a full disk. Run as root, it is a real 64 KiB tmpfs mounted there, so the
 *               507 comes from mod_dav_fs hitting ENOSPC; otherwise (no right to mount) an Apache
 *               rule answers 507 to every write there. `fullDisk` says which one this run got.
 *
 * `stop()` / `start()` stop and restart the same server on the same port (a server gone
 * mid-sync); `close()` stops it for good and removes its files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedCertificate } from './self-signed';
import { waitUntil } from './wait-until';

export const WEBDAV_USER = 'student';
export const WEBDAV_PASSWORD = 'app-password-1234';

export type WebDavLocation = 'dav' | 'ignoring' | 'readonly' | 'plain' | 'full';

export interface WebDavServer {
  port: number;
  /** `http://127.0.0.1:<port>/<location>/` — the folder URL a student would paste. */
  url(location?: WebDavLocation): string;
  /** The same locations over https, with a self-signed certificate (a TLS failure to a client). */
  secureUrl(location?: WebDavLocation): string;
  /** Where a path under /dav/ lives on disk (to check what the server stores). */
  diskPath(path?: string): string;
  /** How /full/ is full: a real tmpfs filesystem (root) or an Apache rule answering 507. */
  fullDisk: 'tmpfs' | 'rule';
  start(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** /usr/sbin is not on every user's PATH. */
const APACHE = existsSync('/usr/sbin/apache2') ? '/usr/sbin/apache2' : 'apache2';

/** Debian's www-data user and group (uid and gid 33). */
const WWW_DATA = 33;

const MODULES = [
  'mpm_prefork',
  'authn_core',
  'authn_file',
  'authz_core',
  'authz_user',
  'auth_basic',
  'alias',
  'headers',
  'rewrite',
  'dav',
  'dav_fs',
  'socache_shmcb',
  'ssl',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

function tryMountTmpfs(dir: string): boolean {
  if (process.getuid?.() !== 0) return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0777', 'tmpfs', dir]).status === 0;
}

function config(root: string, ports: [number, number], fullDisk: 'tmpfs' | 'rule', asRoot: boolean): string {
  const [port, securePort] = ports;
  const dav = (location: string, dir: string, extra = '') => `
Alias /${location} "${dir}"
<Directory "${dir}">
  Require all granted
</Directory>
<Location /${location}>
  Dav On
  AuthType Basic
  AuthName "Lectern test storage"
  AuthUserFile "${root}/htpasswd"
${extra || '  Require valid-user'}
</Location>`;
  return `ServerRoot "${root}"
${MODULES.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join('\n')}
${asRoot ? 'User www-data\nGroup www-data' : ''}
Listen 127.0.0.1:${port}
Listen 127.0.0.1:${securePort} https
<VirtualHost 127.0.0.1:${securePort}>
  SSLEngine on
  SSLCertificateFile "${root}/tls.crt"
  SSLCertificateKeyFile "${root}/tls.key"
</VirtualHost>
ServerName 127.0.0.1
PidFile "${root}/httpd.pid"
DefaultRuntimeDir "${root}/run"
Mutex file:${root}/run default
ErrorLog "${root}/logs/error.log"
LogFormat "%r %>s" brief
CustomLog "${root}/logs/access.log" brief
DavLockDB "${root}/locks/DavLock"
StartServers 2
MinSpareServers 1
MaxSpareServers 4
Timeout 10
KeepAliveTimeout 1
DocumentRoot "${root}/empty"
<Directory />
  Require all denied
</Directory>
${dav('dav', `${root}/storage`)}
${dav('ignoring', `${root}/storage`, '  Require valid-user\n  RequestHeader unset If-Match\n  RequestHeader unset If-None-Match')}
${dav('readonly', `${root}/storage`, '  <Limit GET HEAD OPTIONS PROPFIND>\n    Require valid-user\n  </Limit>\n  <LimitExcept GET HEAD OPTIONS PROPFIND>\n    Require all denied\n  </LimitExcept>')}
Alias /plain "${root}/storage"
<Location /plain>
  Dav Off
  AuthType Basic
  AuthName "Lectern test storage"
  AuthUserFile "${root}/htpasswd"
  Require valid-user
</Location>
${dav(
  'full',
  `${root}/full`,
  fullDisk === 'rule'
    ? '  Require valid-user\n  RewriteEngine On\n  RewriteCond %{REQUEST_METHOD} ^(PUT|MKCOL|COPY|MOVE)$\n  RewriteRule .* - [R=507]'
    : '  Require valid-user',
)}
`;
}

/**
 * Starts Apache httpd with WebDAV on a free port of 127.0.0.1 (see the header for its locations).
 * `fullDisk: 'rule'` asks for the Apache rule even where a tmpfs could be mounted (to test it).
 */
export async function startWebDavServer(options: { fullDisk?: 'rule' } = {}): Promise<WebDavServer> {
  const asRoot = process.getuid?.() === 0;
  const root = join(tmpdir(), `lectern-webdav-${process.pid}-${Date.now().toString(36)}`);
  for (const dir of ['storage', 'full', 'locks', 'logs', 'run', 'empty'])
    mkdirSync(join(root, dir), { recursive: true });
  execFileSync('htpasswd', ['-b', '-c', '-B', join(root, 'htpasswd'), WEBDAV_USER, WEBDAV_PASSWORD], {
    stdio: 'ignore',
  });
  const fullDisk = options.fullDisk !== 'rule' && tryMountTmpfs(join(root, 'full')) ? 'tmpfs' : 'rule';
  const tls = selfSignedCertificate(['127.0.0.1', 'localhost']);
  writeFileSync(join(root, 'tls.crt'), tls.cert);
  writeFileSync(join(root, 'tls.key'), tls.key);
  if (fullDisk === 'tmpfs') fillDisk(join(root, 'full'));
  if (asRoot) {
    // Apache will not serve as root: its children run as www-data, which must own what they write.
    for (const dir of ['storage', 'full', 'locks']) {
      chownSync(join(root, dir), WWW_DATA, WWW_DATA);
      for (const file of readdirSync(join(root, dir))) chownSync(join(root, dir, file), WWW_DATA, WWW_DATA);
    }
  }
  const port = await freePort();
  let securePort = await freePort();
  while (securePort === port) securePort = await freePort();
  const conf = join(root, 'httpd.conf');
  writeFileSync(conf, config(root, [port, securePort], fullDisk, asRoot));

  const apache = (action: 'start' | 'stop') => {
    const run = spawnSync(APACHE, ['-f', conf, '-k', action], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`apache2 -k ${action} failed: ${run.stderr || run.stdout}`);
  };
  const start = async () => {
    apache('start');
    await waitUntil('Apache to accept connections', () => accepts(port));
  };
  const stop = async () => {
    apache('stop');
    await waitUntil('Apache to stop', async () => !(await accepts(port)));
    // The pid file goes last: a start right after must not find the old one.
    await waitUntil('Apache to exit', () => !existsSync(join(root, 'httpd.pid')));
  };
  const cleanUp = () => {
    if (fullDisk === 'tmpfs') spawnSync('umount', [join(root, 'full')]);
    rmSync(root, { recursive: true, force: true });
  };
  // A test process that ends without close() (killed by a time-out) must not leave Apache running
  // or the tmpfs mounted.
  const leftBehind = () => {
    spawnSync(APACHE, ['-f', conf, '-k', 'stop']);
    cleanUp();
  };
  process.once('exit', leftBehind);
  try {
    await start();
  } catch (error) {
    process.off('exit', leftBehind);
    cleanUp();
    throw error;
  }
  return {
    port,
    url: (location = 'dav') => `http://127.0.0.1:${port}/${location}/`,
    secureUrl: (location = 'dav') => `https://127.0.0.1:${securePort}/${location}/`,
    diskPath: (path = '') => join(root, 'storage', path),
    fullDisk,
    start,
    stop,
    async close() {
      process.off('exit', leftBehind);
      if (await accepts(port)) await stop();
      cleanUp();
    },
  };
}

/** Fills the tmpfs so that the next write of any size fails with ENOSPC. */
function fillDisk(dir: string): void {
  const chunk = Buffer.alloc(4096, 1);
  for (let index = 0; ; index++) {
    try {
      writeFileSync(join(dir, `filler-${index}`), chunk);
    } catch {
      return;
    }
  }
}
