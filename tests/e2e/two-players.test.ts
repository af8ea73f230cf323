/**
 * Pages with two lecture players: the note shortcut goes to the one the student watches.
 * - Two in one frame (tests/fixtures/players/two-lectures.html): the one playing, else the one
 *   played last, else the biggest visible one (utils/video/choose-lecture.ts). The student plays the
 *   smaller, second player, pauses it, presses Alt+N: the note is pinned to that lecture at that
 *   moment; then plays the big one and the next note goes there.
 * - Two embedded players, each in its own frame (Kaltura and Panopto on a Moodle page): Alt+N in
 *   the page around them goes to the frame whose player was played last (`lecture/watching`,
 *   utils/overlay/watching-reporter.ts), not to the one Lectern found last.
 */
import { beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { storedNotes } from '../support/library-db';
import { asLectureTab, type LectureTab } from '../support/student';

const MOODLE_PAGE = '/mod/page/view.php?id=57';

/** In the page: plays the player `id` (muted, at 2×) until it is past `seconds`, then pauses it. */
async function playAndPause(tab: TabHandle, id: string, seconds: number): Promise<number> {
  await tab.evaluate((which) => {
    const video = document.getElementById(which) as HTMLVideoElement;
    video.muted = true;
    video.playbackRate = 2;
    void video.play();
  }, id);
  await tab.waitFor(
    ({ which, past }) => (document.getElementById(which) as HTMLVideoElement).currentTime >= past,
    { which: id, past: seconds },
    30_000,
  );
  return tab.evaluate((which) => {
    const video = document.getElementById(which) as HTMLVideoElement;
    video.pause();
    return video.currentTime;
  }, id);
}

/** Alt+N pressed in the course page, `text`, Enter: the editor opens in `player`'s overlay and says "Saved". */
async function noteFromThePage(page: TabHandle, player: LectureTab, text: string): Promise<void> {
  // The page takes the keyboard back from the player's frame, where it stays after a note.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.focus();
  });
  await page.waitFor(() => document.hasFocus() && document.activeElement === document.body, null);
  await page.press('Alt+KeyN');
  const overlay = await player.overlay();
  await overlay.waitFor(() => document.activeElement?.tagName === 'TEXTAREA' && document.hasFocus(), null);
  await page.type(text);
  await overlay.waitFor((typed) => (document.activeElement as HTMLTextAreaElement | null)?.value === typed, text);
  await page.press('Enter');
  await overlay.waitFor(() => /Saved at \d+:\d\d\./.test(document.body.textContent), null);
}

describeInBrowsers('two lecture players on one page in %s', (e2e) => {
  let library: TabHandle;
  beforeAll(async () => {
    library = await e2e.browser.openExtensionPage('/dashboard.html');
  });

  const noteCalled = async (text: string) => (await storedNotes(library)).find((note) => note.text === text);

  it('Alt+N goes to the player the student watches, not to the bigger one', async () => {
    const tab = await e2e.lecture('/players/two-lectures.html', 'video.example.org');
    await tab.overlay();
    const extraAt = await playAndPause(tab, 'extra-lecture', 6);
    await tab.takeNote('Worked example: the Gibbs energy');
    const extraNote = await noteCalled('Worked example: the Gibbs energy');
    expect(extraNote?.lectureKey).toMatch(/^url:.*\/players\/two-lectures\.html .*\/clips\/worked-examples\.webm$/);
    expect(Math.abs((extraNote?.time ?? -1) - extraAt)).toBeLessThan(0.5);

    const mainAt = await playAndPause(tab, 'main-lecture', 4);
    await tab.takeNote('Free energy: G = H - TS');
    const mainNote = await noteCalled('Free energy: G = H - TS');
    expect(mainNote?.lectureKey).toMatch(/\/media\/lecture\.webm$/);
    expect(Math.abs((mainNote?.time ?? -1) - mainAt)).toBeLessThan(0.5);
  });

  it('Alt+N in a course page around two embedded players goes to the one played last', async () => {
    const page = await e2e.open(MOODLE_PAGE, 'moodle.example.edu');
    const kaltura = asLectureTab(page, 'cdnapisec.kaltura.com');
    const panopto = asLectureTab(page, 'uni.hosted.panopto.com');
    // The keyboard goes to the tab in front (a tab closed before may have left another there).
    await page.bringToFront();
    await kaltura.overlay();

    await kaltura.playTo(3, 2);
    await noteFromThePage(page, kaltura, 'Heat flows from hot to cold');
    // The student scrolls down to the second player (Chromium pauses a muted video out of view).
    await page.evaluate(() => document.getElementById('panopto-embed')?.scrollIntoView({ block: 'center' }));
    await panopto.playTo(3, 2);
    await noteFromThePage(page, panopto, 'Entropy of mixing');
    await page.evaluate(() => document.getElementById('kaltura_player_57')?.scrollIntoView({ block: 'center' }));
    await kaltura.playTo(6, 2);
    await noteFromThePage(page, kaltura, 'Clausius again');

    expect((await noteCalled('Heat flows from hot to cold'))?.lectureKey).toBe('kaltura:1_m00dl3k7');
    expect((await noteCalled('Entropy of mixing'))?.lectureKey).toBe('panopto:7c1f8a2e-3b4d-4e5f-9a6b-0c1d2e3f4a5b');
    expect((await noteCalled('Clausius again'))?.lectureKey).toBe('kaltura:1_m00dl3k7');
  });
});
