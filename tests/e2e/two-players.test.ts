/**
 * A page with two lecture players in one frame (tests/fixtures/players/two-lectures.html): the note
 * shortcut goes to the one the student watches: the one playing, else the one played last, else
 * the biggest visible one (utils/video/choose-lecture.ts). The student plays the smaller, second
 * player, pauses it, presses Alt+N: the note is pinned to that lecture at that moment; then plays
 * the big one and the next note goes there.
 */
import { beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import { storedNotes } from '../support/library-db';

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
});
