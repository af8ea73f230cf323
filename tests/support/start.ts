/**
 * `npm start`: serves the demo lecture on 127.0.0.1 and opens a real browser window with the
 * freshly built Lectern loaded, on the demo lecture. Ctrl+C stops both.
 *
 * Browser: $CHROME_PATH, else the first Chromium/Chrome found on the machine. Chromium loads the
 * extension from the command line; Google Chrome 137+ ignores --load-extension, so for it the
 * extension is loaded over the DevTools protocol (Extensions.loadUnpacked).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_EXTENSION_ARGS, ROOT } from './browsers';
import { startFixtureServer } from './fixture-server';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function findBrowser(): string {
  const chosen = process.env.CHROME_PATH ?? CANDIDATES.find((candidate) => existsSync(candidate));
  if (!chosen) {
    console.error('Lectern: no Chromium or Chrome found. Install Chromium, or set CHROME_PATH=/path/to/chrome.');
    process.exit(1);
  }
  return chosen;
}

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.error('Lectern: no build found in .output/chrome-mv3. Run `npm run build` first (npm start does it).');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('Lectern: no display found. On a machine without one, run: xvfb-run -a npm start');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 5178);
const server = await startFixtureServer({}, port);
const demoUrl = server.url('/demo/', 'lectern.test');
const profile = join(ROOT, '.tmp/start-profile');
mkdirSync(profile, { recursive: true });

const context = await chromium.launchPersistentContext(profile, {
  executablePath: findBrowser(),
  headless: false,
  viewport: null,
  ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
  args: [
    '--no-first-run',
    '--no-default-browser-check',
    '--enable-unsafe-extension-debugging',
    ...CHROMIUM_EXTENSION_ARGS,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});

const worker =
  context.serviceWorkers().find((sw) => sw.url().startsWith('chrome-extension://')) ??
  (await context.waitForEvent('serviceworker', { timeout: 5000 }).catch(() => null));
if (!worker) {
  // Google Chrome 137+: load the unpacked build over CDP instead.
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.browser()?.newBrowserCDPSession();
  const cdp = session ?? (await context.newCDPSession(page));
  await cdp.send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never);
}

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
// The welcome tab opens on first install; the demo lecture is what a new user should see first.
await context.waitForEvent('page', { timeout: 3000 }).catch(() => null);
await page.bringToFront();
console.log(`Lectern is loaded. Demo lecture: ${demoUrl}`);
console.log('Play it, press Alt+N to take a note; open the library from the Lectern toolbar button. Ctrl+C to stop.');

context.on('close', () => {
  void server.close().then(() => process.exit(0));
});
process.on('SIGINT', () => {
  void context.close();
});
