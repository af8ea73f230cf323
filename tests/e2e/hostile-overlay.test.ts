/**
 * A page that attacks Lectern's overlay from its own scripts (tests/fixtures/hostile/overlay.html):
 * it clicks the strip over a bare fullscreen video with events it makes up, measures the host to
 * learn the note count or a draft, and frames Lectern's overlay page itself to drive it. None of it
 * works: made-up events press nothing, the strip keeps one size, and a framed overlay page whose
 * token the background did not issue for that frame stays inert.
 */
import { expect, it } from 'vitest';
import type { StudentBrowser } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { storedDrafts } from '../support/library-db';
import type { LectureTab, OverlayHandle } from '../support/student';
import { readLibrary } from '../support/student';
import { waitUntil } from '../support/wait-until';

const PAGE = '/hostile/overlay.html';
const HOST = 'hostile.example.com';
const TITLE = 'Lecture 14: Side channels';

type Size = { width: number; height: number };
type Attacks = {
  __clickAt(x: number, y: number): string;
  __hostSize(): Size;
  __frameOverlay(url: string, token: string): void;
  __drive(message: unknown): void;
  __heard: string[];
};
/** A token the page made up (the background never issued it). */
const MADE_UP_TOKEN = 'ab'.repeat(16);

/**
 * The overlay page's address, read by the test driver: Chrome serves it only at the per-session
 * dynamic URL (`use_dynamic_url`, read from the service worker), Firefox at its per-install UUID.
 */
async function overlayPageUrl(browser: StudentBrowser): Promise<string> {
  const worker = browser.chromiumContext?.serviceWorkers()[0];
  if (!worker) return `${browser.extensionOrigin}/overlay-frame.html`;
  const dynamicId = await worker.evaluate(
    () => (globalThis as unknown as { chrome: { runtime: { dynamicId: string } } }).chrome.runtime.dynamicId,
  );
  return `chrome-extension://${dynamicId}/overlay-frame.html`;
}

/** The host's size once it has taken the UI's own size (the host follows the UI's reports). */
async function settledHostSize(lecture: LectureTab, overlay: OverlayHandle): Promise<Size> {
  const ui = await overlay.evaluate(() => {
    const box = (document.querySelector('.overlay') as HTMLElement).getBoundingClientRect();
    return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  }, null);
  await lecture.waitFor((want) => {
    const box = (document.querySelector('[popover]') as HTMLElement).getBoundingClientRect();
    return Math.abs(box.width - want.width) < 1 && Math.abs(box.height - want.height) < 1;
  }, ui);
  return lecture.evaluate(() => (window as unknown as Attacks).__hostSize());
}

describeInBrowsers('a page attacking the overlay in %s', (e2e) => {
  it('presses nothing with made-up clicks on the strip over a bare fullscreen video', async () => {
    const lecture = await e2e.lecture(`${PAGE}?case=clicks`, HOST);
    await lecture.bringToFront();
    const overlay = await lecture.overlay();
    await lecture.takeNote('Keep this note');
    // The panel open, so a note's Delete lies under the strip's box over the video.
    await overlay.click('button[aria-expanded="false"]');
    await overlay.waitFor(() => document.querySelector('.note-text') !== null, null);
    await lecture.click('#video-fullscreen');
    await lecture.waitFor(() => {
      const box = (document.querySelector('[popover]') as HTMLElement).getBoundingClientRect();
      return document.fullscreenElement?.id === 'lecture' && Math.abs(box.right - (innerWidth - 8)) < 2;
    }, null);

    // The page knows Lectern's layout: it aims its made-up click at Delete.
    const aim = await overlay.evaluate(() => {
      const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Delete');
      const box = (button as HTMLButtonElement).getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, null);
    const host = await lecture.evaluate(() => {
      const box = (document.querySelector('[popover]') as HTMLElement).getBoundingClientRect();
      return { left: box.left, top: box.top };
    });
    const hit = await lecture.evaluate(({ x, y }) => (window as unknown as Attacks).__clickAt(x, y), {
      x: host.left + aim.x,
      y: host.top + aim.y,
    });
    expect(hit).toBe('video');

    // Nothing stepped out of fullscreen, nothing was pressed in the UI.
    const after = await overlay.evaluate(
      () => ({ text: document.body.textContent, editor: document.querySelector('textarea') !== null }),
      null,
    );
    expect(after.text).toContain('Keep this note');
    expect(after.text).not.toContain('deleted');
    expect(after.editor).toBe(false);
    expect(await lecture.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('lecture');
    await lecture.evaluate(() => document.exitFullscreen());
    expect((await readLibrary(e2e.browser, TITLE)).some((note) => note.includes('Keep this note'))).toBe(true);
  });

  it('keeps the strip one size: the page learns neither the note count, news nor a draft', async () => {
    const lecture = await e2e.lecture(`${PAGE}?case=size`, HOST);
    const overlay = await lecture.overlay();
    await overlay.waitFor(() => /Notes \(0\)/.test(document.body.textContent), null);
    const before = await settledHostSize(lecture, overlay);
    expect(before.width).toBeGreaterThan(40);

    await lecture.takeNote('Counted note');
    await overlay.waitFor(() => /Notes \(1\)/.test(document.body.textContent), null);
    expect(await settledHostSize(lecture, overlay)).toEqual(before);

    // An unsaved note, offered back after a reload.
    await lecture.press('Alt+KeyN');
    await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA', null);
    await lecture.type('half a secret');
    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    await waitUntil('the draft kept', async () =>
      (await storedDrafts(library)).some((draft) => draft.text === 'half a secret'),
    );
    await library.close();
    await lecture.press('Escape');
    await lecture.reload();
    const again = await lecture.overlay();
    await again.waitFor(() => /Unsaved note/.test(document.body.textContent), null);
    await again.waitFor(() => /Notes \(1\)/.test(document.body.textContent), null);
    expect(await settledHostSize(lecture, again)).toEqual(before);
  });

  it('leaves the overlay page inert when the page frames it itself with a token of its own', async () => {
    const lecture = await e2e.lecture(`${PAGE}?case=framed`, HOST);
    await lecture.overlay();
    // The page cannot learn the overlay page's address (Chrome serves it only at a per-session
    // dynamic URL, Firefox at a per-install UUID): the test driver reads it and hands it over.
    await lecture.evaluate(({ url, token }) => (window as unknown as Attacks).__frameOverlay(url, token), {
      url: await overlayPageUrl(e2e.browser),
      token: MADE_UP_TOKEN,
    });
    const stolen = await waitUntil(
      'the page’s own frame of the overlay page, its connect message received',
      async () => {
        for (const frame of lecture.frames()) {
          const seen = await frame.evaluate(() => ({ name: window.name, hash: location.hash })).catch(() => null);
          if (seen?.name === 'stolen' && seen.hash === '') return frame;
        }
        return null;
      },
    );
    // What that frame's own check got from the background: no.
    const answer = await stolen.evaluate((token) => {
      type Runtime = { sendMessage(message: unknown): Promise<{ ok: boolean; data?: { confirmed: boolean } }> };
      const scope = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
      return (scope.browser ?? scope.chrome).runtime.sendMessage({
        type: 'overlay/confirm-token',
        payload: { token, parentOrigin: location.ancestorOrigins?.[0] ?? 'http://hostile.example.com' },
      });
    }, MADE_UP_TOKEN);
    expect(answer).toEqual({ ok: true, data: { confirmed: false } });
    // The page drives the port it offered: nothing answers, nothing shows.
    await lecture.evaluate(() => {
      const page = window as unknown as Attacks;
      page.__drive({
        type: 'lecture',
        lecture: { key: 'url:https://hostile.example.com/', title: 'x', duration: 60, resumeAt: null },
      });
      page.__drive({ type: 'press', x: 20, y: 20 });
    });
    expect(await stolen.evaluate(() => document.getElementById('app')?.childElementCount)).toBe(0);
    expect(await lecture.evaluate(() => (window as unknown as Attacks).__heard)).toEqual([]);
  });
});
