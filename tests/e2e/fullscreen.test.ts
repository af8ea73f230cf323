/**
 * The overlay in fullscreen, the way a student meets it: the player's fullscreen button
 * (YouTube, video.js, Plyr and media-chrome fullscreen their container) and the bare <video>'s
 * own fullscreen (native controls, double-click). Both browsers make everything outside the
 * fullscreen element inert, so Lectern moves into a fullscreen player, and steps out of a bare
 * video's fullscreen while it needs keys, then back in. Also: the review dialog covers the video,
 * and the overlay follows a video the page moves without any scroll or resize.
 */
import { inflateSync } from 'node:zlib';
import { expect, it } from 'vitest';
import type { StudentBrowser, TabHandle } from '../support/browsers';
import { describeInBrowsers, type E2E } from '../support/e2e';
import { type LectureTab, type OverlayHandle, readLibrary } from '../support/student';
import { waitUntil } from '../support/wait-until';

const TITLE = 'Lecture 13: Fluctuations';

interface Raw {
  bringToFront(): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(options: { clip: { x: number; y: number; width: number; height: number } }): Promise<Uint8Array>;
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { down(key: string): Promise<void>; up(key: string): Promise<void>; press(key: string): Promise<void> };
}
const raw = (tab: TabHandle) => tab.raw as unknown as Raw;

/** The host's box, and whether hit-testing at its centre finds it (top-layer order, inertness). */
const hostState = () => {
  const host = document.querySelector('[popover]') as HTMLElement;
  const video = document.querySelector('video') as HTMLVideoElement;
  const box = host.getBoundingClientRect();
  const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const v = video.getBoundingClientRect();
  return {
    box: { left: box.left, top: box.top, width: box.width, height: box.height },
    video: { left: v.left, top: v.top, width: v.width, height: v.height },
    onTop: at === host,
    inside: host.parentElement?.id ?? host.parentElement?.localName ?? null,
    fullscreen: document.fullscreenElement?.id ?? null,
  };
};

/** One screen pixel (a 1×1 PNG screenshot: whatever its row filter, the bytes are the pixel). */
async function pixel(tab: TabHandle, x: number, y: number): Promise<number[]> {
  const png = Buffer.from(
    await raw(tab).screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }),
  );
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return [...inflateSync(Buffer.concat(chunks)).subarray(1, 4)];
}
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((value, index) => value - (b[index] ?? 0)));

/** The overlay gets painted at its box (its surface differs from the video just left of it). */
async function expectPainted(tab: TabHandle) {
  const colourDistance = async () => {
    const { box } = await tab.evaluate(hostState);
    return distance(await pixel(tab, box.left + 3, box.top + 3), await pixel(tab, box.left - 12, box.top + 3));
  };
  await waitUntil('the overlay painted (its colour over 60 away from the video beside it)', colourDistance, {
    until: (seen) => seen > 60,
    timeout: 10_000,
    interval: 200,
  });
}

/** The fullscreen fixture's lecture in a tab of its own (closed after the test), overlay up. */
async function openFullscreenLecture(e2e: E2E): Promise<LectureTab> {
  const lecture = await e2e.lecture('/fullscreen/', 'lectern.test');
  await raw(lecture).bringToFront();
  await lecture.overlay();
  await lecture.waitFor(() => (document.querySelector('[popover]') as HTMLElement).offsetWidth > 40, null);
  return lecture;
}

async function enterFullscreen(lecture: LectureTab, button: '#player-fullscreen' | '#video-fullscreen', id: string) {
  await raw(lecture).click(button);
  await lecture.waitFor((wanted) => document.fullscreenElement?.id === wanted, id);
}

/** Alt+N, type, Enter: the editor takes the keys, and the note is saved. */
async function takeNote(lecture: LectureTab, text: string) {
  await lecture.press('Alt+KeyN');
  const overlay = await lecture.overlay();
  await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
  await lecture.type(text);
  await lecture.press('Enter');
  await overlay.waitFor(() => /Saved at \d/.test(document.body.textContent), null);
}

/** Sets "Review every (minutes)" in the options page, as a student would. */
async function setReviewInterval(browser: StudentBrowser, minutes: number) {
  const options = await browser.openExtensionPage('/options.html');
  await options.waitFor(() => {
    const field = document.getElementById('prompt-interval') as HTMLInputElement | null;
    return field && !field.disabled && field.value !== '';
  }, null);
  await options.evaluate(() => (document.getElementById('prompt-interval') as HTMLInputElement).select());
  await options.type(String(minutes));
  await options.waitFor(async (wanted) => {
    type Local = { storage: { local: { get(key: string): Promise<Record<string, { intervalMinutes?: number }>> } } };
    const scope = globalThis as unknown as { browser?: Local; chrome: Local };
    return (await (scope.browser ?? scope.chrome).storage.local.get('prompts')).prompts?.intervalMinutes === wanted;
  }, minutes);
  await options.close();
}

/** A real click (CDP / BiDi input) on a button of the strip, where the student sees it on screen. */
async function clickStripButton(lecture: LectureTab, overlay: OverlayHandle, name: RegExp) {
  // The strip grows when the note count arrives ("Notes (2)"), and the host stays right-aligned
  // over the video: measure once it is there, or the click lands where the button was.
  await overlay.waitFor(() => /Notes \(\d+\)/.test(document.body.textContent), null);
  const button = await overlay.evaluate((source) => {
    const found = Array.from(document.querySelectorAll('button')).find((b) => new RegExp(source).test(b.textContent));
    const box = (found as HTMLButtonElement).getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, name.source);
  const { box } = await lecture.evaluate(hostState);
  await raw(lecture).mouse.click(box.left + button.x, box.top + button.y);
}

/** Lectern went back into the bare video's fullscreen once the student was done; the test leaves it. */
async function expectBackInBareFullscreen(lecture: LectureTab) {
  await lecture.waitFor(() => document.fullscreenElement?.id === 'lecture', null);
  await lecture.evaluate(() => document.exitFullscreen());
}

/** The bare <video> fullscreen, with the strip placed over its top-right corner. */
async function enterBareFullscreen(lecture: LectureTab) {
  await enterFullscreen(lecture, '#video-fullscreen', 'lecture');
  await lecture.waitFor(() => {
    const box = (document.querySelector('[popover]') as HTMLElement).getBoundingClientRect();
    return box.width > 40 && Math.abs(box.right - (innerWidth - 8)) < 2 && Math.abs(box.top - 8) < 2;
  }, null);
}

describeInBrowsers('the overlay in fullscreen in %s', (e2e) => {
  it('moves into a fullscreen player: on top, hit-testable, takes a note; back over the video after', async () => {
    const lecture = await openFullscreenLecture(e2e);
    await enterFullscreen(lecture, '#player-fullscreen', 'player');
    await lecture.waitFor(() => {
      const host = document.querySelector('[popover]') as HTMLElement;
      const box = host.getBoundingClientRect();
      return host.parentElement?.id === 'player' && document.elementFromPoint(box.right - 8, box.top + 8) === host;
    }, null);
    const inFullscreen = await lecture.evaluate(hostState);
    expect(inFullscreen.onTop).toBe(true);
    expect(inFullscreen.box.left + inFullscreen.box.width).toBeCloseTo(inFullscreen.video.width - 8, -1);
    await expectPainted(lecture);

    await takeNote(lecture, 'Fluctuations shrink as 1/sqrt(N)');
    expect((await lecture.evaluate(hostState)).fullscreen).toBe('player');

    await lecture.evaluate(() => document.exitFullscreen());
    await lecture.waitFor(() => {
      const host = document.querySelector('[popover]') as HTMLElement;
      const box = host.getBoundingClientRect();
      const video = (document.querySelector('video') as HTMLVideoElement).getBoundingClientRect();
      return (
        document.fullscreenElement === null &&
        host.parentElement === document.documentElement &&
        Math.abs(box.right - (video.right - 8)) < 2 &&
        Math.abs(box.top - (video.top + 8)) < 2 &&
        document.elementFromPoint(box.right - 8, box.top + 8) === host
      );
    }, null);
    expect(
      (await readLibrary(e2e.browser, TITLE)).some((note) => note.includes('Fluctuations shrink as 1/sqrt(N)')),
    ).toBe(true);
    await lecture.close();
  });

  it("steps out of the bare video's fullscreen to take a note, then goes back in", async () => {
    const lecture = await openFullscreenLecture(e2e);
    await enterBareFullscreen(lecture);
    // Painted above the fullscreen video (but inert there: the browsers keep clicks and keys from it).
    await expectPainted(lecture);

    await lecture.press('Alt+KeyN');
    const overlay = await lecture.overlay();
    await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
    const stepped = await lecture.evaluate(hostState);
    expect(stepped.fullscreen).toBeNull();
    expect(stepped.onTop).toBe(true);
    await lecture.type('Equipartition: kT/2 per mode');
    await lecture.press('Enter');
    await overlay.waitFor(() => /Saved at \d/.test(document.body.textContent), null);
    // The Enter typed in Lectern is the user activation that lets it go back into fullscreen.
    await expectBackInBareFullscreen(lecture);
    expect((await readLibrary(e2e.browser, TITLE)).some((note) => note.includes('Equipartition: kT/2 per mode'))).toBe(
      true,
    );
    await lecture.close();
  });

  it('a mouse click on Add note over the bare fullscreen video opens the editor; Enter saves and goes back in', async () => {
    const lecture = await openFullscreenLecture(e2e);
    await lecture.evaluate(() => {
      const video = document.querySelector('video') as HTMLVideoElement;
      video.muted = true;
      const page = window as unknown as { videoPresses: string[] };
      page.videoPresses = [];
      for (const type of ['pointerdown', 'mousedown', 'click']) {
        video.addEventListener(type, () => page.videoPresses.push(type));
      }
      return video.play();
    });
    await enterBareFullscreen(lecture);
    const overlay = await lecture.overlay();
    await clickStripButton(lecture, overlay, /^Add note$/);

    await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
    const editing = await lecture.evaluate(() => ({
      fullscreen: document.fullscreenElement?.id ?? null,
      paused: (document.querySelector('video') as HTMLVideoElement).paused,
      presses: (window as unknown as { videoPresses: string[] }).videoPresses,
    }));
    expect(editing).toEqual({ fullscreen: null, paused: true, presses: [] });
    await lecture.type('Boltzmann factor: e^(-E/kT)');
    await lecture.press('Enter');
    await overlay.waitFor(() => /Saved at \d/.test(document.body.textContent), null);
    // The editor paused the video, so saving resumes it: the click did not toggle it underneath.
    await lecture.waitFor(() => !(document.querySelector('video') as HTMLVideoElement).paused, null);
    await expectBackInBareFullscreen(lecture);
    expect((await readLibrary(e2e.browser, TITLE)).some((note) => note.includes('Boltzmann factor: e^(-E/kT)'))).toBe(
      true,
    );
    await lecture.close();
  });

  it('a mouse click on Notes over the bare fullscreen video opens the panel; closing it goes back in', async () => {
    const lecture = await openFullscreenLecture(e2e);
    await enterBareFullscreen(lecture);
    const overlay = await lecture.overlay();
    await clickStripButton(lecture, overlay, /^Notes/);
    await overlay.waitFor(() => document.querySelector('[aria-label="Notes on this lecture"]') !== null, null);
    expect((await lecture.evaluate(hostState)).fullscreen).toBeNull();
    // Out of fullscreen the strip takes clicks as usual (the driver waits for the grown panel to settle).
    await overlay.click('button[aria-expanded="true"]');
    await overlay.waitFor(() => document.querySelector('[aria-label="Notes on this lecture"]') === null, null);
    await expectBackInBareFullscreen(lecture);
    await lecture.close();
  });

  it('follows a video the page moves, with no scroll or resize', async () => {
    const lecture = await openFullscreenLecture(e2e);
    const before = await lecture.evaluate(hostState);
    await lecture.evaluate(() => {
      (document.getElementById('player') as HTMLElement).style.marginTop = '180px';
    });
    await lecture.waitFor((start) => {
      const box = (document.querySelector('[popover]') as HTMLElement).getBoundingClientRect();
      const video = (document.querySelector('video') as HTMLVideoElement).getBoundingClientRect();
      return video.top > start + 150 && Math.abs(box.top - (video.top + 8)) < 2;
    }, before.video.top);
    const after = await lecture.evaluate(hostState);
    expect(after.onTop).toBe(true);
    expect(after.video.width).toBe(before.video.width);
    await lecture.close();
  });

  it('shows review prompts as a panel over the whole video, in a fullscreen player and over a bare fullscreen video', async () => {
    await setReviewInterval(e2e.browser, 1);

    const lecture = await openFullscreenLecture(e2e);
    await enterFullscreen(lecture, '#player-fullscreen', 'player');
    await lecture.evaluate(() => {
      const video = document.querySelector('video') as HTMLVideoElement;
      video.muted = true;
      video.playbackRate = 16;
      return video.play();
    });
    let overlay = await lecture.overlay();
    await overlay.waitFor(() => document.querySelector('[role="dialog"]') !== null, null, 40_000);
    await overlay.waitFor(() => document.activeElement?.id === 'review-answer' && document.hasFocus(), null);
    const covering = await lecture.evaluate(hostState);
    expect(covering.fullscreen).toBe('player');
    expect(covering.onTop).toBe(true);
    // The host covers the fullscreen video, and the dialog is a centred panel in it.
    expect(covering.box.width).toBeGreaterThan(covering.video.width - 20);
    expect(covering.box.height).toBeGreaterThan(covering.video.height - 20);
    const panel = await overlay.evaluate(() => {
      const box = (document.querySelector('[role="dialog"]') as HTMLElement).getBoundingClientRect();
      return { centre: box.left + box.width / 2, width: box.width, room: innerWidth };
    }, null);
    expect(Math.abs(panel.centre - panel.room / 2)).toBeLessThan(4);
    expect(panel.width).toBeGreaterThan(420);
    await lecture.type('Fluctuations are relative');
    const keyboard = raw(lecture).keyboard;
    await keyboard.down('Control');
    await keyboard.press(e2e.name === 'chromium' ? 'Enter' : '\uE006');
    await keyboard.up('Control');
    await overlay.waitFor(() => document.querySelector('[role="dialog"]') === null, null);
    await lecture.waitFor(() => !(document.querySelector('video') as HTMLVideoElement).paused, null);
    expect((await lecture.evaluate(hostState)).fullscreen).toBe('player');

    // The next minute, over the bare fullscreen video: Lectern steps out to ask, and back in after.
    await lecture.evaluate(() => document.exitFullscreen());
    await lecture.waitFor(() => document.fullscreenElement === null, null);
    await lecture.evaluate(() => (document.querySelector('video') as HTMLVideoElement).pause());
    await enterFullscreen(lecture, '#video-fullscreen', 'lecture');
    await lecture.evaluate(() => (document.querySelector('video') as HTMLVideoElement).play());
    overlay = await lecture.overlay();
    await overlay.waitFor(
      () => /^Quick review: 1:/.test(document.querySelector('[role="dialog"] h2')?.textContent ?? ''),
      null,
      40_000,
    );
    await overlay.waitFor(() => document.activeElement?.id === 'review-answer' && document.hasFocus(), null);
    const outside = await lecture.evaluate(hostState);
    expect(outside.fullscreen).toBeNull();
    expect(outside.onTop).toBe(true);
    expect(outside.box.width).toBeGreaterThanOrEqual(Math.min(560, outside.video.width));
    await lecture.press('Escape');
    await overlay.waitFor(() => document.querySelector('[role="dialog"]') === null, null);
    await expectBackInBareFullscreen(lecture);
    await lecture.close();
  });

  it('keeps the open editor with its text, and a shown review prompt, across fullscreen moves (Firefox reloads the UI)', async () => {
    await setReviewInterval(e2e.browser, 1);
    const lecture = await openFullscreenLecture(e2e);
    await lecture.press('Alt+KeyN');
    let overlay = await lecture.overlay();
    await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
    await lecture.type('Entropy counts');
    await overlay.evaluate(() => {
      (window as unknown as { before?: boolean }).before = true;
    }, null);
    await enterFullscreen(lecture, '#player-fullscreen', 'player');
    await lecture.waitFor(() => document.querySelector('[popover]')?.parentElement?.id === 'player', null);
    overlay = await lecture.overlay();
    if (e2e.name === 'firefox') {
      // The case at stake: Firefox has no moveBefore, so the UI's document is a new one.
      expect(await overlay.evaluate(() => (window as unknown as { before?: boolean }).before ?? false, null)).toBe(
        false,
      );
    }
    await overlay.waitFor(
      () => (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value === 'Entropy counts',
      null,
    );
    await overlay.click('textarea');
    await lecture.type(' microstates');
    await lecture.press('Enter');
    await overlay.waitFor(() => /Saved at \d/.test(document.body.textContent), null);

    // A review prompt shown in the fullscreen player, then fullscreen ends: the dialog is there again.
    // (Still in this tab: Firefox leaves fullscreen when another tab, the library, comes to the front.)
    await lecture.evaluate(() => {
      const video = document.querySelector('video') as HTMLVideoElement;
      video.muted = true;
      video.playbackRate = 16;
      return video.play();
    });
    await overlay.waitFor(() => document.querySelector('[role="dialog"]') !== null, null, 40_000);
    await lecture.evaluate(() => document.exitFullscreen());
    await lecture.waitFor(() => document.querySelector('[popover]')?.parentElement === document.documentElement, null);
    overlay = await lecture.overlay();
    await overlay.waitFor(() => document.activeElement?.id === 'review-answer' && document.hasFocus(), null);
    expect(await lecture.evaluate(() => (document.querySelector('video') as HTMLVideoElement).paused)).toBe(true);
    await lecture.press('Escape');
    await overlay.waitFor(() => document.querySelector('[role="dialog"]') === null, null);
    await lecture.waitFor(() => !(document.querySelector('video') as HTMLVideoElement).paused, null);
    expect((await readLibrary(e2e.browser, TITLE)).some((note) => note.includes('Entropy counts microstates'))).toBe(
      true,
    );
    await lecture.close();
  });
});
