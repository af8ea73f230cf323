/**
 * What was watched survives the tab being closed while the lecture plays: the student plays past
 * the last periodic progress report (every ~8 s of playback) and closes the tab without pausing.
 * The seconds since that report must be kept (Firefox used to lose them: the report sent as the
 * page goes away never arrived), and "Continue from" offers where the student really was.
 */
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e';
import { storedProgress } from '../support/library-db';
import { waitUntil } from '../support/wait-until';

const DEMO_TITLE = 'Lecture 1: Cells and energy';
/** Past the first periodic report (~8 s of playback), a few seconds short of the second. */
const CLOSE_AFTER = 12.5;

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

describeInBrowsers('progress kept when a tab closes in %s', (e2e) => {
  it('keeps the last seconds played when the tab is closed while the lecture plays', async () => {
    const lecture = await e2e.lecture('/demo/', 'lectern.test');
    await lecture.overlay();
    const frame = await lecture.lectureFrame();
    await frame.evaluate(() => {
      const video = document.querySelector('video') as HTMLVideoElement;
      video.muted = true;
      void video.play();
    }, null);
    await frame.waitFor(
      (past) => (document.querySelector('video') as HTMLVideoElement).currentTime >= past,
      CLOSE_AFTER,
      30_000,
    );
    const left = await lecture.currentTime();
    // Closed while playing: no pause, so no pause report.
    await lecture.close();

    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    const stored = await waitUntil(
      `the demo's progress stored up to where the tab was closed (${left.toFixed(2)} s)`,
      () => storedProgress(library, DEMO_TITLE),
      { until: (progress) => (progress?.lastPosition ?? 0) >= left - 1 },
    );
    await library.close();
    expect(stored?.lastPosition).toBeLessThanOrEqual(left + 1.5);
    // The seconds after the last periodic report are among the watched ranges.
    expect(stored?.watched.some(([start, end]) => start <= 8 && end >= left - 1)).toBe(true);

    const revisit = await e2e.lecture('/demo/', 'lectern.test');
    const overlay = await revisit.overlay();
    const offer = `Continue from ${clock(stored?.lastPosition ?? 0)}`;
    await overlay.waitFor((text) => document.body.textContent.includes(text), offer);
  });
});
