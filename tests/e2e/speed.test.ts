/**
 * The speed you learn at (issue 14, items 8 and 9), in both browsers, on a player that resets the
 * speed on its own (tests/fixtures/players/resetting.html: to 1× on canplay, on play and after a
 * quality change). The student picks 1.5× in the player's own menu: Lectern remembers it. Back on
 * the lecture, each reset of the player is undone: on return, on the click on Play, after a
 * quality change. A later choice in the player's menu (2×) is kept, never fought; Lectern's own
 * shortcut steps from there, and the strip says the speed. Played at speed, the lecture's stored
 * playing time took less wall-clock time than lecture time; another lecture on the same site starts
 * at the speed chosen there.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e';
import { storedPlayTime, waitForLectureSpeed } from '../support/library-db';
import type { LectureTab } from '../support/student';
import { waitUntil } from '../support/wait-until';

const TITLE = 'Lecture 14: Reaction rates';

interface PlayerState {
  rate: number;
  resets: number;
  quality: string;
  ready: boolean;
  playing: boolean;
}

/** The player as the page sees it (runs in the page). */
function playerState(): PlayerState {
  const video = document.querySelector('video') as HTMLVideoElement;
  const page = window as unknown as { resets: number; quality: string };
  return {
    rate: video.playbackRate,
    resets: page.resets,
    quality: page.quality,
    ready: video.readyState >= 3,
    playing: !video.paused,
  };
}

const state = (tab: LectureTab) => tab.evaluate(playerState as never) as Promise<PlayerState>;

/** Waits until the player's state has every field of `want` (resets: at least that many). */
async function waitForPlayer(tab: LectureTab, want: Partial<PlayerState>) {
  const reached = tab.waitFor((wanted: Partial<PlayerState>) => {
    const video = document.querySelector('video') as HTMLVideoElement;
    const page = window as unknown as { resets: number; quality: string };
    return (
      (wanted.rate === undefined || video.playbackRate === wanted.rate) &&
      (wanted.resets === undefined || page.resets >= wanted.resets) &&
      (wanted.quality === undefined || page.quality === wanted.quality) &&
      (wanted.ready === undefined || video.readyState >= 3 === wanted.ready) &&
      (wanted.playing === undefined || !video.paused === wanted.playing)
    );
  }, want);
  await reached.catch(async (error) => {
    const timeline = await tab.evaluate((() => (window as unknown as { timeline: unknown[] }).timeline) as never);
    const said = `${JSON.stringify(await state(tab))}; ${JSON.stringify(timeline)}`;
    throw new Error(`The player never reached ${JSON.stringify(want)}: ${said}`, {
      cause: error,
    });
  });
}

describeInBrowsers('the speed you learn at in %s', (e2e) => {
  it('a player that resets the speed gets the remembered one back; a change through its menu is kept', async () => {
    const tab = await e2e.lecture('/players/resetting.html', 'video.example.org');
    await tab.overlay();
    await waitForPlayer(tab, { ready: true, resets: 1 });

    // The student picks 1.5× in the player's own menu: it is remembered for this lecture.
    await tab.click('.rate[data-rate="1.5"]');
    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    await waitForLectureSpeed(library, TITLE, 1.5);
    expect((await state(tab)).rate).toBe(1.5);

    // Back on the lecture: the player resets to 1× once it can play; Lectern puts 1.5× back.
    await tab.bringToFront();
    await tab.reload();
    await tab.overlay();
    await waitForPlayer(tab, { ready: true, resets: 1, rate: 1.5 });

    // The click on Play is the student's, but the reset that follows is the player's.
    const beforePlay = (await state(tab)).resets;
    await tab.click('#play');
    await waitForPlayer(tab, { playing: true, resets: beforePlay + 1, rate: 1.5 });

    // A quality change swaps the source; the player resets once the new one can play.
    const beforeQuality = (await state(tab)).resets;
    await tab.click('#quality');
    await waitForPlayer(tab, { quality: 'hd', ready: true, resets: beforeQuality + 1, rate: 1.5 });

    // A change through the player's menu is the student's: kept, and remembered.
    await tab.click('.rate[data-rate="2"]');
    await waitForLectureSpeed(library, TITLE, 2);
    expect((await state(tab)).rate).toBe(2);

    // Lectern's own shortcut steps from there, and the strip says so.
    await tab.press('Alt+Period');
    await waitForPlayer(tab, { rate: 2.25 });
    const overlay = await tab.overlay();
    await overlay.waitFor(() => document.querySelector('.bar .speed.fresh')?.textContent === 'Speed 2.25×', null);
    await waitForLectureSpeed(library, TITLE, 2.25);

    // Played at speed, the lecture took less wall-clock time than its own (time saved by speed).
    await tab.waitFor(() => (document.querySelector('video') as HTMLVideoElement).currentTime > 12, null);
    await tab.evaluate((() => (document.querySelector('video') as HTMLVideoElement).pause()) as never);
    const played = await waitUntil('playing time stored', () => storedPlayTime(library, TITLE), {
      until: (sum) => sum.lecture > 5,
    });
    expect(played.wall).toBeGreaterThan(0);
    expect(played.lecture / played.wall).toBeGreaterThan(1.4);

    // Another lecture on the same site starts at the speed last chosen there.
    const other = await e2e.lecture('/players/videojs.html', 'video.example.org');
    await other.overlay();
    await other.waitFor(() => (document.querySelector('video') as HTMLVideoElement).playbackRate === 2.25, null);
    await library.close();
  });
});
