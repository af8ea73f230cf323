/**
 * Launches real Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi) with
 * the BUILT extension, and gives tests one small vocabulary for both (see tests/e2e/README.md).
 * Browsers come from the machine (apt), never downloaded: CHROME_PATH / FIREFOX_PATH override.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { waitUntil } from './wait-until';

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
  'canvas.example.edu',
  'moodle.example.edu',
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

/** Chromium flags that load the built extension and map HOSTS to 127.0.0.1 (tests and `npm start`). */
export const CHROMIUM_EXTENSION_ARGS: readonly string[] = [
  `--disable-extensions-except=${CHROME_BUILD}`,
  `--load-extension=${CHROME_BUILD}`,
  `--host-resolver-rules=${HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
];

export type BrowserName = 'chromium' | 'firefox';

/** What tests need from a page or a frame, the same in both drivers. */
export interface Surface {
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** A file a test hands to a page (an upload) or gets from it (a download). */
export interface FileData {
  name: string;
  text: string;
  /** A download's bytes as written (a .zip is not text). */
  bytes?: Uint8Array;
}

export interface TabHandle extends Surface {
  raw: PlaywrightPage | PuppeteerPage;
  frames(): Surface[];
  /** Presses a key combination like 'Alt+KeyN', 'Enter' or 'Space'. */
  press(combo: string): Promise<void>;
  type(text: string): Promise<void>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  /** A real mouse click on the first element matching `selector`, once there is one. */
  click(selector: string): Promise<void>;
  /** Picks `value` in the <select> matching `selector` (input and change fire). */
  select(selector: string, value: string): Promise<void>;
  /** Chooses `file` in the file input matching `selector`, as the file picker would. */
  upload(selector: string, file: FileData): Promise<void>;
  /** Runs `action` (a click that starts a download) and resolves with the downloaded file. */
  download(action: () => Promise<unknown>): Promise<FileData>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
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
  /**
   * Reuse a profile to test what survives a browser restart. Firefox installs the extension as a
   * temporary add-on, removed when it closes: the profile keeps its storage and IndexedDB (prefs
   * below) and the next launch installs it again, as an install (the welcome tab opens again).
   */
  profileDir?: string;
  keepProfile?: boolean;
}

/** What both drivers' pages share, as far as TabHandle uses them. */
interface RawPage {
  url(): string;
  evaluate(fn: never, arg?: unknown): Promise<unknown>;
  frames(): { url(): string; evaluate(fn: never, arg?: unknown): Promise<unknown> }[];
  keyboard: { type(text: string): Promise<void> };
  click(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  reload(): Promise<unknown>;
  close(): Promise<void>;
}

/** What differs between the drivers. */
type DriverParts = Pick<TabHandle, 'press' | 'waitFor' | 'select' | 'upload' | 'download'>;

function wrapPage(page: RawPage, parts: DriverParts): TabHandle {
  const tab: TabHandle = {
    raw: page as unknown as TabHandle['raw'],
    url: () => page.url(),
    evaluate: ((fn: never, arg?: unknown) => page.evaluate(fn, arg)) as Surface['evaluate'],
    frames: () =>
      page.frames().map((frame) => ({
        url: () => frame.url(),
        evaluate: ((fn: never, arg?: unknown) => frame.evaluate(fn, arg)) as Surface['evaluate'],
      })),
    type: (text) => page.keyboard.type(text),
    click: async (selector) => {
      await tab.waitFor((css) => document.querySelector(css) !== null, selector);
      await page.click(selector);
    },
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
    ...parts,
  };
  return tab;
}

function wrapPlaywright(page: PlaywrightPage): TabHandle {
  return wrapPage(page, {
    press: (combo) => page.keyboard.press(combo),
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    upload: (selector, file) =>
      page.setInputFiles(selector, {
        name: file.name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(file.text),
      }),
    download: async (action) => {
      const [download] = await Promise.all([page.waitForEvent('download'), action()]);
      const bytes = readFileSync(await download.path());
      return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
    },
  });
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
      ...CHROMIUM_EXTENSION_ARGS,
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

/**
 * Puppeteer's key names: 'Alt+KeyN' → ['Alt', 'KeyN']; Enter is sent as WebDriver's '\uE006';
 * Space as the character (puppeteer over BiDi has no 'Space').
 */
async function pressPuppeteer(page: PuppeteerPage, combo: string) {
  const keys = combo.split('+');
  const main = keys.pop() as string;
  for (const modifier of keys) await page.keyboard.down(modifier as never);
  // '\uE006' is WebDriver's Return key: key and code 'Enter' (puppeteer's 'Enter' is the numpad's,
  // and sendCharacter only inserts text, with no key events).
  if (main === 'Enter') await page.keyboard.press('\uE006' as never);
  else await page.keyboard.press((main === 'Space' ? ' ' : main) as never);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier as never);
}

/**
 * Files in Firefox: downloads saved without a dialog into one temporary folder per browser (WebDriver
 * BiDi browser.setDownloadBehavior, asked for on the first download); uploads are written to another
 * one first (puppeteer's uploadFile takes a path).
 */
class FirefoxFiles {
  readonly folder = mkdtempSync(join(tmpdir(), 'lectern-downloads-'));
  private readonly uploads = mkdtempSync(join(tmpdir(), 'lectern-uploads-'));
  private readonly seen = new Set<string>();
  private allowed: Promise<unknown> | undefined;

  constructor(private readonly browser: PuppeteerBrowser) {}

  async take(action: () => Promise<unknown>, timeout = 15_000): Promise<FileData> {
    type Bidi = { connection: { send(method: string, params: unknown): Promise<unknown> } };
    this.allowed ??= (this.browser as unknown as Bidi).connection.send('browser.setDownloadBehavior', {
      downloadBehavior: { type: 'allowed', destinationFolder: this.folder },
    });
    await this.allowed;
    for (const name of readdirSync(this.folder)) this.seen.add(name);
    await action();
    // Firefox writes `<name>.part`, then renames it: a new name without its .part is complete.
    const isComplete = (names: string[]) => (file: string) =>
      !this.seen.has(file) && !file.endsWith('.part') && !names.includes(`${file}.part`);
    const names = await waitUntil(`a new download in ${this.folder}`, () => readdirSync(this.folder), {
      until: (names) => names.some(isComplete(names)),
      timeout,
      interval: 50,
    });
    const name = names.find(isComplete(names)) as string;
    this.seen.add(name);
    // Firefox may show the final name as an empty placeholder before the `.part` appears, and
    // rename over it at the end: read once the file has content and two reads agree.
    const path = join(this.folder, name);
    const readNow = () => (existsSync(path) && !existsSync(`${path}.part`) ? readFileSync(path) : Buffer.alloc(0));
    let last = Buffer.alloc(0);
    const bytes = await waitUntil(`the download ${name} to be written`, readNow, {
      until: (now) => {
        const settled = now.length > 0 && now.equals(last);
        last = now;
        return settled;
      },
      timeout,
      interval: 100,
    });
    return { name, text: bytes.toString('utf8'), bytes };
  }

  /** `file` on disk, for a file input. */
  write(file: FileData): string {
    const path = join(this.uploads, file.name);
    writeFileSync(path, file.text);
    return path;
  }

  remove() {
    for (const folder of [this.folder, this.uploads]) rmSync(folder, { recursive: true, force: true });
  }
}

function wrapPuppeteer(page: PuppeteerPage, files: FirefoxFiles): TabHandle {
  return wrapPage(page, {
    press: (combo) => pressPuppeteer(page, combo),
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg);
    },
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    upload: async (selector, file) => {
      const input = await page.waitForSelector(selector, { timeout: 15_000 });
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(files.write(file));
    },
    download: (action) => files.take(action),
  });
}

async function findPage(browser: PuppeteerBrowser, hrefPrefix: string, timeout = 30_000): Promise<PuppeteerPage> {
  let pages: PuppeteerPage[] = [];
  const hrefs = await waitUntil(
    `a tab at ${hrefPrefix}`,
    async () => {
      pages = await browser.pages();
      return Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => '')));
    },
    { until: (hrefs) => hrefs.some((href) => href.startsWith(hrefPrefix)), timeout },
  );
  return pages[hrefs.findIndex((href) => href.startsWith(hrefPrefix))] as PuppeteerPage;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<StudentBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    userDataDir: options.profileDir,
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
      // The temporary add-on's data outlives its removal when Firefox closes (see LaunchOptions).
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
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
  const files = new FirefoxFiles(browser);
  return {
    name: 'firefox',
    extensionOrigin,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrapPuppeteer(page, files);
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
      return wrapPuppeteer(await findPage(browser, `${extensionOrigin}${marked}`), files);
    },
    async close() {
      await browser.close();
      files.remove();
    },
  };
}

export function launchBrowser(name: BrowserName, options?: LaunchOptions): Promise<StudentBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
