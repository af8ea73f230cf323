/**
 * When review prompts come and when they stay away, the way a student meets it: chapter mode
 * chosen in the options page asks at chapter ends (a `<track kind="chapters">`, and YouTube's
 * description chapter markers rendered lazily); no prompt while an ad plays in the lecture's own
 * video and the ad's time earns nothing; no prompt on a site switched off in the options page,
 * even when the lecture plays in a player embedded from another site; prompts come back when
 * the site is switched on again. Lectures play at 16x with "Review every (minutes)" at 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import {
  answer,
  bringToFront,
  expectLibraryCounts,
  frameOf,
  overlayOf,
  play,
  playLecture,
  promptOptions,
  skipDialog,
  videoNow,
  waitForDialog,
  waitInFrame,
} from './prompt-steps';

describeInBrowsers.parallel('when review prompts come, in %s', (e2e) => {
  let options: TabHandle;
  let prompts: ReturnType<typeof promptOptions>;

  beforeAll(async () => {
    options = await e2e.browser.openExtensionPage('/options.html');
    prompts = promptOptions(options);
    await prompts.ready();
    await prompts.setInterval(1);
  });

  describe('in chapter mode', () => {
    beforeAll(() => prompts.setMode('chapters'));
    afterAll(() => prompts.setMode('interval'));

    it('asks at the end of each chapter of a <track kind="chapters">, not every minute', async () => {
      const { tab, overlay, video } = await playLecture(e2e, '/prompts/chapters.html?case=track');
      const first = await waitForDialog(overlay, video);
      expect(first.title).toBe('Quick review: 0:00-1:30');
      expect(first.video.time).toBeGreaterThanOrEqual(89);
      await answer(tab, overlay, 'Why cells need energy');
      const second = await waitForDialog(overlay, video, /1:30/);
      expect(second.title).toBe('Quick review: 1:30-3:10');
      await skipDialog(tab, overlay);
      await expectLibraryCounts(e2e.browser, 'Chapter lecture: track', 'Prompts answered 1 · skipped 1 · snoozed 0');
      await tab.close();
    });

    it('asks at the end of YouTube chapters shown in the description after playback starts', async () => {
      const { tab, overlay, video } = await playLecture(e2e, '/prompts/youtube.html?case=chapters&chapters=1');
      const first = await waitForDialog(overlay, video);
      expect(first.title).toBe('Quick review: 0:00-1:30');
      await skipDialog(tab, overlay);
      const second = await waitForDialog(overlay, video, /1:30/);
      expect(second.title).toBe('Quick review: 1:30-3:10');
      await skipDialog(tab, overlay);
      await tab.close();
    });
  });

  it('asks nothing while an ad plays in the lecture’s video, and the ad’s time earns nothing', async () => {
    const { tab, overlay, video } = await playLecture(e2e, '/prompts/youtube.html?case=ad&ad=30');
    await tab.waitFor(() => (window as unknown as { adLog: { ended: boolean } }).adLog.ended, null, 30_000);
    // 80 s of ad played (more than the minute): the page saw no pause while it did.
    expect((await videoNow(video)).pauses).toBe(0);
    const shown = await waitForDialog(overlay, video);
    expect(shown.video.time).toBeGreaterThanOrEqual(60);
    // The time before the ad counts with the time after it: 0:00-1:xx, not 0:30-1:3x. (The lecture is
    // handed back to Lectern a moment after the ad; at 16x that moment is a few seconds of video.)
    expect(shown.title).toMatch(/^Quick review: 0:00-1:[0-2]\d$/);
    await skipDialog(tab, overlay);
    await tab.close();
  });

  it('asks nothing on a site switched off, even in a player it embeds; asks again once it is on', async () => {
    await prompts.turnOffSite('lms.example.edu');
    const tab = await e2e.open('/prompts/lms.html?case=lms', 'lms.example.edu');
    const overlay = overlayOf(e2e.browser, tab);
    const player = frameOf(tab, 'video.example.org');
    await waitInFrame(overlay, () => document.querySelector('.overlay:not([hidden])') !== null, null);
    await play(player);
    await waitInFrame(
      player,
      () => {
        const element = document.querySelector('video') as HTMLVideoElement;
        return element.currentTime >= 100 || element.paused;
      },
      null,
    );
    const watched = await videoNow(player);
    expect(watched).toMatchObject({ paused: false, pauses: 0 });
    expect(await overlay()?.evaluate(() => document.querySelector('[role="dialog"]'))).toBeNull();
    await player()?.evaluate(() => (document.querySelector('video') as HTMLVideoElement).pause());

    await prompts.turnOnSite('lms.example.edu');
    await bringToFront(tab);
    await play(player);
    const shown = await waitForDialog(overlay, player);
    expect(shown.title).toMatch(/^Quick review: 0:00-/);
    await skipDialog(tab, overlay);
    await tab.close();
  });
});
