/**
 * Review prompts, the way a student meets them: "Review every (minutes)" set to 1 in the options
 * page, lectures played at 16x. The dialog appears over the video around 1:00 with the video
 * paused; Save (Ctrl+Enter) resumes and the recall is in the library under its segment; Snooze,
 * Rewind and Skip from the keyboard; a seek forward earns no credit; a revisit never asks about an
 * answered segment again. Chapters, ads and sites switched off: prompt-conditions.test.ts.
 */
import { beforeAll, expect, it } from 'vitest';
import type { TabHandle } from '../support/browsers';
import { describeInBrowsers } from '../support/e2e';
import {
  answer,
  expectLibraryCounts,
  frameOf,
  openLecture,
  play,
  playLecture,
  pressSpace,
  promptOptions,
  skipDialog,
  tabTo,
  waitForDialog,
  waitForNoDialog,
} from './prompt-steps';

const ANSWER = 'Cells turn glucose into ATP';

describeInBrowsers.parallel('review prompts in %s', (e2e) => {
  let options: TabHandle;

  beforeAll(async () => {
    options = await e2e.browser.openExtensionPage('/options.html');
    const prompts = promptOptions(options);
    await prompts.ready();
    expect(await options.evaluate(() => (document.getElementById('prompt-interval') as HTMLInputElement).value)).toBe(
      '6',
    );
    await prompts.setInterval(1);
  });

  it('asks at 1:00 of a 16x lecture with the video paused, saves the recall, resumes, and lists it in the library', async () => {
    const { tab: lecture, overlay, video } = await playLecture(e2e, '/demo/');

    const shown = await waitForDialog(overlay, video);
    expect(shown.video.paused).toBe(true);
    expect(shown.video.time).toBeGreaterThanOrEqual(60);
    expect(shown.video.time).toBeLessThan(90);
    expect(shown.title).toMatch(/^Quick review: 0:00-1:[0-2]\d$/);

    await answer(lecture, overlay, ANSWER);
    await lecture.waitFor((at) => {
      const element = document.querySelector('video') as HTMLVideoElement;
      return !element.paused && element.currentTime > at;
    }, shown.video.time);

    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    await library.waitFor(() => document.querySelector('.lecture-title[href*="lectern.test"]') !== null, null);
    await library.evaluate(() =>
      (document.querySelector('.lecture-title[href*="lectern.test"]') as HTMLAnchorElement).click(),
    );
    await library.waitFor((text) => document.querySelector('.recall-segment')?.textContent?.includes(text), ANSWER);
    const recall = await library.evaluate(() => ({
      segment: document.querySelector('.recall-segment-title span')?.textContent,
      counts: document.querySelector('.prompt-counts')?.textContent,
    }));
    expect(recall.segment).toBe(shown.title.replace('Quick review: ', ''));
    expect(recall.counts).toBe('Prompts answered 1 · skipped 0 · snoozed 0');

    // Back to the lecture: the next minute brings the next segment; Escape skips it, it plays on.
    await (lecture.raw as { bringToFront(): Promise<void> }).bringToFront();
    await waitForDialog(overlay, video, /^Quick review: 1:/);
    await skipDialog(lecture, overlay);
    await lecture.waitFor(() => !(document.querySelector('video') as HTMLVideoElement).paused, null);
    await library.waitFor(
      () => document.querySelector('.prompt-counts')?.textContent === 'Prompts answered 1 · skipped 1 · snoozed 0',
      null,
    );
    await lecture.close();
    await library.close();
  });

  it('Snooze (keyboard) asks again after 2 more minutes of lecture, about the grown segment; Skip counts', async () => {
    const { tab, overlay, video } = await playLecture(e2e, '/prompts/lecture.html?case=snooze');
    const first = await waitForDialog(overlay, video);
    expect(first.video.paused).toBe(true);
    expect(first.title).toMatch(/^Quick review: 0:00-1:0\d$/);

    await tabTo(tab, overlay, 'Snooze 2 minutes');
    await tab.press('Enter');
    await waitForNoDialog(overlay);
    await tab.waitFor(() => !(document.querySelector('video') as HTMLVideoElement).paused, null);

    const again = await waitForDialog(overlay, video);
    expect(again.video.time).toBeGreaterThanOrEqual(first.video.time + 120);
    expect(again.title).toMatch(/^Quick review: 0:00-3:\d\d$/);
    await tabTo(tab, overlay, 'Skip');
    await pressSpace(tab);
    await waitForNoDialog(overlay);
    await expectLibraryCounts(e2e.browser, 'Prompt lecture: snooze', 'Prompts answered 0 · skipped 1 · snoozed 1');
    await tab.close();
  });

  it('Rewind (keyboard) plays the segment again from its start and asks at its end again', async () => {
    const { tab, overlay, video } = await playLecture(e2e, '/prompts/lecture.html?case=rewind');
    const first = await waitForDialog(overlay, video);
    expect(first.title).toMatch(/^Quick review: 0:00-1:0\d$/);
    await tab.evaluate(() => {
      const scope = window as unknown as { seeks: number[] };
      scope.seeks = [];
      const element = document.querySelector('video') as HTMLVideoElement;
      element.addEventListener('seeked', () => scope.seeks.push(element.currentTime));
    });

    await tabTo(tab, overlay, 'Rewind to 0:00');
    await tab.press('Enter');
    await waitForNoDialog(overlay);
    await tab.waitFor(
      () =>
        (window as unknown as { seeks: number[] }).seeks.some((time) => time < 5) &&
        !(document.querySelector('video') as HTMLVideoElement).paused,
      null,
    );

    const again = await waitForDialog(overlay, video);
    expect(again.title).toBe(first.title);
    expect(again.video.paused).toBe(true);
    await answer(tab, overlay, 'Glycolysis splits glucose');
    const library = await expectLibraryCounts(
      e2e.browser,
      'Prompt lecture: rewind',
      'Prompts answered 1 · skipped 0 · snoozed 0',
      'Glycolysis splits glucose',
    );
    expect(library.recalls).toHaveLength(1);
    await tab.close();
  });

  it('gives no credit for a seek forward: the prompt waits for a full minute actually watched', async () => {
    const { tab, overlay, video } = await playLecture(e2e, '/prompts/lecture.html?case=seek');
    await tab.waitFor(() => (document.querySelector('video') as HTMLVideoElement).currentTime >= 20, null);
    // The student drags the scrubber to 2:30 while it plays.
    await tab.evaluate(() => {
      (document.querySelector('video') as HTMLVideoElement).currentTime = 150;
    });
    const shown = await waitForDialog(overlay, video);
    expect(shown.video.time).toBeGreaterThanOrEqual(180);
    expect(shown.title).toMatch(/^Quick review: 0:00-3:\d\d$/);
    await skipDialog(tab, overlay);
    await expectLibraryCounts(e2e.browser, 'Prompt lecture: seek', 'Prompts answered 0 · skipped 1 · snoozed 0');
    await tab.close();
  });

  it('on a revisit, never asks again about a segment answered on the first visit', async () => {
    const path = '/prompts/lecture.html?case=revisit';
    const { tab, overlay, video } = await playLecture(e2e, path);
    const first = await waitForDialog(overlay, video);
    expect(first.title).toMatch(/^Quick review: 0:00-1:0\d$/);
    await answer(tab, overlay, 'ATP is the energy currency');
    await tab.close();

    const back = await openLecture(e2e, path);
    const again = frameOf(back.tab);
    await back.tab.evaluate(() => {
      (document.querySelector('video') as HTMLVideoElement).currentTime = 0;
    });
    await play(again);
    const second = await waitForDialog(back.overlay, again);
    expect(second.title).toMatch(/^Quick review: 1:0\d-2:\d\d$/);
    expect(second.video.time).toBeGreaterThanOrEqual(120);
    await skipDialog(back.tab, back.overlay);
    await expectLibraryCounts(e2e.browser, 'Prompt lecture: revisit', 'Prompts answered 1 · skipped 1 · snoozed 0');
    await back.tab.close();
  });
});
