/**
 * The focus timer in real browsers, Chromium and Firefox: the background owns it, so it survives the
 * popup closing, the background being stopped (Chromium's service worker; Firefox's background page
 * reloaded) and the browser restarting on the same profile. Each test starts from a fresh Lectern
 * (timer stopped, everything deleted), so any one of them runs alone (`-t`).
 */
import { beforeEach, expect, it } from 'vitest';
import { stopBackground } from '../support/background';
import type { StudentBrowser, TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';

interface ShownTimer {
  label: string;
  /** Seconds left as the ring shows them (mm:ss). */
  seconds: number;
  buttons: string[];
}

/** What the popup shows: the timer's accessible name, its mm:ss, and the buttons. */
function readTimer(popup: TabHandle): Promise<ShownTimer> {
  return popup.evaluate(() => {
    const text = document.querySelector('.timer-remaining')?.textContent ?? '';
    const [minutes = 0, seconds = 0] = text.split(':').map(Number);
    return {
      label: document.querySelector('[role="timer"]')?.getAttribute('aria-label') ?? '',
      seconds: minutes * 60 + seconds,
      buttons: [...document.querySelectorAll('button')].map((button) => button.textContent ?? ''),
    };
  });
}

interface Badge {
  text: string;
  colour: number[];
}

/**
 * Runs in an extension page: the toolbar badge as the browser shows it, or (given `want`) whether
 * it reads `want.text` (a pattern) in `want.colour` (if given).
 */
async function badge(want?: { text: string; colour?: number[] }): Promise<Badge | boolean> {
  const scope = globalThis as unknown as { chrome?: { action?: unknown }; browser?: { browserAction?: unknown } };
  const button = (scope.chrome?.action ?? scope.browser?.browserAction) as {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
  };
  const shown = { text: await button.getBadgeText({}), colour: [...(await button.getBadgeBackgroundColor({}))] };
  if (!want) return shown;
  return new RegExp(`^(?:${want.text})$`).test(shown.text) && (!want.colour || `${want.colour}` === `${shown.colour}`);
}

const readBadge = async (page: TabHandle) => (await page.evaluate(badge)) as Badge;

/**
 * The badge is set by the background a moment after the popup shows the change: waits (up to the
 * usual timeout) until it reads `text` (a string, or a pattern) in `colour`, then checks it.
 */
async function expectBadge(page: TabHandle, text: string | RegExp, colour?: number[]) {
  const pattern = typeof text === 'string' ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : text.source;
  await page.waitFor(badge, { text: pattern, colour }).catch(() => undefined);
  const shown = await readBadge(page);
  expect(shown.text).toMatch(new RegExp(`^(?:${pattern})$`));
  if (colour) expect(shown.colour).toEqual(colour);
}

/** Waits until the timer's first control (Start focus, Pause, Resume) reads `label`. */
const showsControl = (popup: TabHandle, label: string) =>
  popup.waitFor((label) => document.querySelector('.timer-controls button')?.textContent === label, label);

/** Opens the popup once it shows the timer (and, if given, once its first control reads `first`). */
async function openPopup(browser: StudentBrowser, first?: string): Promise<TabHandle> {
  const popup = await browser.openExtensionPage('/popup.html');
  await popup.waitFor(() => document.querySelector('[role="timer"]') !== null, null);
  if (first) await showsControl(popup, first);
  return popup;
}

async function clickButton(page: TabHandle, name: string) {
  await page.waitFor((label) => [...document.querySelectorAll('button')].some((b) => b.textContent === label), name);
  await page.evaluate((label) => {
    [...document.querySelectorAll('button')].find((button) => button.textContent === label)?.click();
  }, name);
}

const FOCUS_RED = [192, 57, 43, 255];
const BREAK_GREEN = [46, 125, 50, 255];

/**
 * A fresh Lectern for each test: the timer stopped (its badge and alarms cleared, as the background
 * does on Stop), then "Delete all my Lectern data" in the options page (sessions, settings, the
 * timer's saved state).
 */
async function freshStart(browser: StudentBrowser) {
  const options = await browser.openExtensionPage('/options.html');
  await options.evaluate(async () => {
    type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'timer/stop', payload: {} });
  });
  await clickButton(options, 'Delete all my Lectern data…');
  await options.evaluate(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Type DELETE'));
    const input = label?.querySelector('input') as HTMLInputElement;
    input.value = 'DELETE';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await options.waitFor(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Delete everything' && !b.disabled),
    null,
  );
  await clickButton(options, 'Delete everything');
  await options.waitFor(() => document.body.textContent?.includes('All your Lectern data was deleted.'), null);
  await options.close();
}

/** Starts a focus block from the popup; resolves with what the popup shows once it runs. */
async function startFocus(browser: StudentBrowser): Promise<ShownTimer> {
  const popup = await openPopup(browser, 'Start focus');
  await clickButton(popup, 'Start focus');
  await showsControl(popup, 'Pause');
  const shown = await readTimer(popup);
  await popup.close();
  return shown;
}

type Notifications = {
  notifications: {
    getAll(): Promise<object>;
    onShown?: { addListener(listener: (id: string) => void): void };
    onClosed: { addListener(listener: (id: string) => void): void };
  };
};
type NotificationScope = { browser?: Notifications; chrome: Notifications; heardNotifications?: string[] };

/**
 * Runs in an extension page: remembers every notification shown or closed from now on. Headless
 * Firefox has no system to show notifications in: it closes each one as soon as it is shown, so it
 * is never in `getAll()` there; a page listening when it comes hears it.
 */
function listenForNotifications() {
  const scope = globalThis as unknown as NotificationScope;
  const heard: string[] = [];
  scope.heardNotifications = heard;
  const { notifications } = scope.browser ?? scope.chrome;
  notifications.onShown?.addListener((id) => heard.push(id));
  notifications.onClosed.addListener((id) => heard.push(id));
}

/** Runs in an extension page that listens (above): whether the notification `id` is shown or was heard. */
async function notified(id: string) {
  const scope = globalThis as unknown as NotificationScope;
  const shown = await (scope.browser ?? scope.chrome).notifications.getAll();
  return id in shown || Boolean(scope.heardNotifications?.includes(id));
}

describeInBrowsers.parallel(
  'focus timer in %s',
  (e2e) => {
    beforeEach(() => freshStart(e2e.browser));

    it('starts a focus block from the popup with the keyboard; the badge shows the minutes in focus red', async () => {
      const popup = await openPopup(e2e.browser);
      await popup.waitFor(() => document.activeElement?.textContent === 'Start focus', null);
      expect((await readTimer(popup)).label).toBe('Ready: Focus: 25 minutes left');
      await popup.press('Enter');
      await popup.waitFor(() => document.activeElement?.textContent === 'Pause', null);
      const shown = await readTimer(popup);
      expect(shown.buttons).toEqual(
        expect.arrayContaining(['Pause', 'Skip to break', 'Stop', 'Open library', 'Options']),
      );
      expect(shown.label).toMatch(/^Focus: 2[45] minutes/);
      await expectBadge(popup, '25', FOCUS_RED);
      await popup.close();
    });

    it('keeps counting down after the background is stopped', async () => {
      const before = await startFocus(e2e.browser);
      await stopBackground(e2e);

      const popup = await openPopup(e2e.browser, 'Pause');
      const shown = await readTimer(popup);
      // The same focus block, counted on from where it was (not restarted, not lost).
      expect(shown.label).toMatch(/^Focus: /);
      expect(shown.seconds).toBeLessThanOrEqual(before.seconds);
      expect(shown.seconds).toBeGreaterThan(20 * 60);
      await popup.close();
    });

    it('after a browser restart the countdown goes on and the interrupted session is recorded once', async () => {
      const before = await startFocus(e2e.browser);
      await e2e.restart();
      const popup = await openPopup(e2e.browser, 'Pause');
      const shown = await readTimer(popup);
      expect(shown.label).toMatch(/^Focus: /);
      // Continued from what was left when the browser closed; the closed time does not count.
      expect(shown.seconds).toBeLessThanOrEqual(before.seconds);
      expect(shown.seconds).toBeGreaterThan(before.seconds - 90);
      await expectBadge(popup, /2[345]/);

      const history = await e2e.browser.openExtensionPage('/dashboard.html#/focus');
      await history.waitFor(() => document.querySelector('.session-row') !== null, null);
      // A second wake-up of the background must not record it again.
      await popup.close();
      const again = await openPopup(e2e.browser, 'Pause');
      const outcomes = await history.evaluate(() =>
        [...document.querySelectorAll('.session-row')].map((row) => row.getAttribute('data-outcome')),
      );
      expect(outcomes).toEqual(['interrupted']);
      await clickButton(again, 'Stop');
      await showsControl(again, 'Start focus');
      await history.waitFor(() => document.querySelectorAll('.session-row').length === 2, null);
      await again.close();
      await history.close();
    });

    it('a 1-minute focus block set in the options ends on its own and shows in the focus history', async () => {
      const options = await e2e.browser.openExtensionPage('/options.html');
      await options.waitFor(() => !(document.querySelector('#timer-focus') as HTMLInputElement | null)?.disabled, null);
      await options.click('#timer-focus');
      await options.evaluate(() => (document.querySelector('#timer-focus') as HTMLInputElement).select());
      await options.type('1');
      await options.waitFor(
        () => document.querySelector('#timer-focus-hint')?.textContent === 'minutes, 1 to 180',
        null,
      );

      const popup = await openPopup(e2e.browser);
      await popup.waitFor(() => document.querySelector('.timer-remaining')?.textContent === '01:00', null);
      await clickButton(popup, 'Start focus');
      await showsControl(popup, 'Pause');
      await expectBadge(popup, '1');
      // Nothing watches it but the background's alarm.
      await popup.close();

      const history = await e2e.browser.openExtensionPage('/dashboard.html#/focus');
      await history.evaluate(listenForNotifications);
      await history.waitFor(
        () => document.querySelector('.session-row[data-outcome="completed"]')?.textContent?.includes('Focus'),
        null,
        100_000,
      );
      await expectBadge(history, '5', BREAK_GREEN);
      const rows = await history.evaluate(() =>
        [...document.querySelectorAll('.session-row')].map((row) => row.textContent ?? ''),
      );
      expect(rows[0]).toMatch(/Focus.*1 min.*completed/);
      // The phase end was announced with the next step (the runner records the session first,
      // then notifies: wait for the notification rather than read it once).
      await history.waitFor(notified, 'lectern-timer');
      await history.close();
      await options.close();
    }, 150_000);

    it('runs, shows on the badge, and survives closing and reopening the popup page', async () => {
      const popup = await openPopup(e2e.browser);
      await clickButton(popup, 'Start focus');
      await showsControl(popup, 'Pause');
      const before = await readTimer(popup);
      expect(before.label).toMatch(/^Focus: 2[45] minutes/);
      await expectBadge(popup, '25', FOCUS_RED);
      await popup.close();

      const reopened = await openPopup(e2e.browser, 'Pause');
      const after = await readTimer(reopened);
      expect(after.label).toMatch(/^Focus: /);
      expect(after.seconds).toBeLessThanOrEqual(before.seconds);
      expect(after.seconds).toBeGreaterThan(20 * 60);

      await clickButton(reopened, 'Pause');
      await showsControl(reopened, 'Resume');
      await clickButton(reopened, 'Stop');
      await showsControl(reopened, 'Start focus');
      await expectBadge(reopened, '');
      await reopened.close();
    });

    it('pauses the playing lecture video when a break starts (skipping to it)', async () => {
      const { browser } = e2e;
      const lecture = await e2e.open('/demo/', 'lectern.test');
      await lecture.evaluate(() => {
        const video = document.querySelector('video') as HTMLVideoElement;
        video.loop = true;
        video.muted = true;
        void video.play();
      });
      const library = await browser.openExtensionPage('/dashboard.html');
      await library.waitFor(
        () => [...document.querySelectorAll('.lecture-title')].some((a) => a.textContent?.includes('Cells and energy')),
        null,
        20_000,
      );
      await lecture.waitFor(() => !(document.querySelector('video') as HTMLVideoElement).paused, null);

      const popup = await openPopup(browser);
      await clickButton(popup, 'Start focus');
      await clickButton(popup, 'Skip to break');
      await popup.waitFor(
        () => document.querySelector('[role="timer"]')?.getAttribute('aria-label')?.startsWith('Short break'),
        null,
      );
      // Looping, so only Lectern's pause can stop it.
      await lecture.waitFor(() => (document.querySelector('video') as HTMLVideoElement).paused, null);
      await clickButton(popup, 'Stop');
      await popup.close();
      await library.close();
    });
  },
  { persistentProfile: true },
);
