/**
 * Launches real Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi) with
 * the BUILT extension, and gives tests one small vocabulary for both (see browser-testing.md).
 * Browsers come from the machine (apt), never downloaded: CHROME_PATH / FIREFOX_PATH override.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
export const GECKO_ID = 'lectern@lectern.study';
/** Pinned so tests know the moz-extension:// host in advance. */
export const FIREFOX_UUID = '4c3c2a9e-6f0e-4d55-9a59-1ec7e2a7c0de';

/** Host names that replica pages are served under; every one resolves to 127.0.0.1. */
export const HOSTS = [
  'lectern.test',
  'www.youtube.com',
  'lms.example.edu',
  'video.example.org',
  'www.coursera.org',
  'cdnapisec.kaltura.com',
  'hostile.example.com',
  'player.vimeo.com',
  'vimeo.com',
  'www.edx.org',
  'learning.edx.org',
  'www.udemy.com',
  'www.khanacademy.org',
  'uni.hosted.panopto.com',
  'www.loom.com',
];

export type BrowserName = 'chromium' | 'firefox';

/** What tests need from a page or a frame, the same in both drivers. */
export interface Surface {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

export interface TabHandle extends Surface {
  raw: PlaywrightPage | PuppeteerPage;
  frames(): Surface[];
  /** Presses a key combination like 'Alt+KeyN' or 'Enter'. */
  press(combo: string): Promise<void>;
  type(text: string): Promise<void>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

export interface StudentBrowser {
  name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  open(url: string): Promise<TabHandle>;
  openExtensionPage(path: string): Promise<TabHandle>;
  close(): Promise<void>;
  /** Chromium only: the Playwright context (service workers, CDP sessions). */
  chromiumContext?: BrowserContext;
}

export interface LaunchOptions {
  /** Reuse a profile (Chromium) to test what survives a browser restart. */
  profileDir?: string;
  keepProfile?: boolean;
}

function wrapPlaywright(page: PlaywrightPage): TabHandle {
  return {
    raw: page,
    url: () => page.url(),
    evaluate: ((fn: never, arg?: unknown) => page.evaluate(fn, arg)) as Surface['evaluate'],
    frames: () =>
      page.frames().map((frame) => ({
        url: () => frame.url(),
        evaluate: ((fn: never, arg?: unknown) => frame.evaluate(fn, arg)) as Surface['evaluate'],
      })),
    press: (combo) => page.keyboard.press(combo),
    type: (text) => page.keyboard.type(text),
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<StudentBrowser> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'lectern-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1280, height: 800 },
    // The fixture server's self-signed certificate (https replicas of HSTS-preloaded sites).
    ignoreHTTPSErrors: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      '--ignore-certificate-errors',
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      `--host-resolver-rules=${HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    name: 'chromium',
    extensionOrigin,
    chromiumContext: context,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrapPlaywright(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}${path}`);
      return wrapPlaywright(page);
    },
    async close() {
      await context.close();
      if (!options.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Puppeteer's key names: 'Alt+KeyN' → ['Alt', 'KeyN']; Enter is sent as WebDriver's '\uE006'. */
async function pressPuppeteer(page: PuppeteerPage, combo: string) {
  const keys = combo.split('+');
  const main = keys.pop() as string;
  for (const modifier of keys) await page.keyboard.down(modifier as never);
  // '\uE006' is WebDriver's Return key: key and code 'Enter' (puppeteer's 'Enter' is the numpad's,
  // and sendCharacter only inserts text, with no key events).
  if (main === 'Enter') await page.keyboard.press('\uE006' as never);
  else await page.keyboard.press(main as never);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
}

function wrapPuppeteer(page: PuppeteerPage): TabHandle {
  return {
    raw: page,
    url: () => page.url(),
    evaluate: ((fn: never, arg?: unknown) => page.evaluate(fn, arg)) as Surface['evaluate'],
    frames: () =>
      page.frames().map((frame) => ({
        url: () => frame.url(),
        evaluate: ((fn: never, arg?: unknown) => frame.evaluate(fn, arg)) as Surface['evaluate'],
      })),
    press: (combo) => pressPuppeteer(page, combo),
    type: (text) => page.keyboard.type(text),
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
    close: () => page.close(),
  };
}

async function findPage(browser: PuppeteerBrowser, hrefPrefix: string, timeout = 30_000): Promise<PuppeteerPage> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(hrefPrefix)) return page;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No tab at ${hrefPrefix} appeared within ${timeout} ms`);
}

export async function launchFirefox(): Promise<StudentBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: null,
    args: ['--width=1280', '--height=900'],
    // The fixture server's self-signed certificate, also on HSTS-preloaded hosts (WebDriver's
    // acceptInsecureCerts turns certificate checks off for the whole session).
    acceptInsecureCerts: true,
    dumpio: Boolean(process.env.LECTERN_DEBUG),
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'media.autoplay.default': 0,
      'media.autoplay.blocking_policy': 0,
      'media.block-autoplay-until-in-foreground': false,
      'ui.key.menuAccessKeyFocuses': false,
      'network.proxy.type': 0,
      ...(process.env.LECTERN_DEBUG
        ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true }
        : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  // The welcome tab Lectern opens on install is our way into extension pages (BiDi cannot
  // navigate to moz-extension:// itself). It stays open for the whole run.
  const welcome = await findPage(browser, `${extensionOrigin}/welcome.html`);
  return {
    name: 'firefox',
    extensionOrigin,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrapPuppeteer(page);
    },
    async openExtensionPage(path) {
      // A unique query marks the new tab so it can be told apart from others on the same page.
      const [base = path, hash] = path.split('#');
      const marked = `${base}${base.includes('?') ? '&' : '?'}tab=${Math.random().toString(36).slice(2)}`;
      await welcome.evaluate(
        (url) => {
          void (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser.tabs.create({
            url,
          });
        },
        hash === undefined ? marked : `${marked}#${hash}`,
      );
      return wrapPuppeteer(await findPage(browser, `${extensionOrigin}${marked}`));
    },
    close: () => browser.close(),
  };
}

export function launchBrowser(name: BrowserName, options?: LaunchOptions): Promise<StudentBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox();
}
