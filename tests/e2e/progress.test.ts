/**
 * What was watched survives the tab being closed while the lecture plays: the student plays past
 * the last periodic progress report (every ~8 s of playback) and closes the tab without pausing.
 * The seconds since that report must be kept (Firefox used to lose them: the report sent as the
 * page goes away never arrived), and "Continue from" offers where the student really was.
 */
import { expect, it } from 'vitest';
import { stopBackground } from '../support/background';
import { describeInBrowsers } from '../support/e2e';
import { storedPlayTime, storedProgress } from '../support/library-db';
import type { LectureTab } from '../support/student';
import { waitUntil } from '../support/wait-until';

const DEMO_TITLE = 'Lecture 1: Cells and energy';
/** Past the first periodic report (~8 s of playback), a few seconds short of the second. */
const CLOSE_AFTER = 12.5;

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/** Plays the demo (muted) from the start until past `seconds`; `midway` runs once it is past half of that. */
async function playDemoTo(lecture: LectureTab, seconds: number, midway?: () => Promise<void>) {
  await lecture.overlay();
  const frame = await lecture.lectureFrame();
  await frame.evaluate(() => {
    const video = document.querySelector('video') as HTMLVideoElement;
    video.muted = true;
    void video.play();
  }, null);
  const past = (at: number) =>
    frame.waitFor((at) => (document.querySelector('video') as HTMLVideoElement).currentTime >= at, at, 30_000);
  if (midway) {
    await past(seconds / 2);
    await midway();
  }
  await past(seconds);
}

describeInBrowsers('progress kept when a tab closes in %s', (e2e) => {
  /** The demo's playing time stored so far (another test of this block may have played it). */
  async function playedSoFar() {
    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    const played = await storedPlayTime(library, DEMO_TITLE);
    await library.close();
    return played.lecture;
  }

  /**
   * Closes the playing lecture's tab (played from the start); then checks what was stored against
   * where it was, and resolves with the position stored.
   */
  async function closeWhilePlaying(lecture: LectureTab, playedBefore: number) {
    const left = await lecture.currentTime();
    // Closed while playing: no pause, so no pause report.
    await lecture.close();
    const library = await e2e.browser.openExtensionPage('/dashboard.html');
    const stored = await waitUntil(
      `the demo's progress stored up to where the tab was closed (${left.toFixed(2)} s)`,
      () => storedProgress(library, DEMO_TITLE),
      { until: (progress) => (progress?.lastPosition ?? 0) >= left - 1 },
    );
    const played = await storedPlayTime(library, DEMO_TITLE);
    await library.close();
    expect(stored?.lastPosition).toBeLessThanOrEqual(left + 1.5);
    // The seconds after the last periodic report are among the watched ranges.
    expect(stored?.watched.some(([start, end]) => start <= 1 && end >= left - 1)).toBe(true);
    // Each second played is counted once (time saved by speed), none twice.
    expect(played.lecture - playedBefore).toBeGreaterThanOrEqual(left - 1.5);
    expect(played.lecture - playedBefore).toBeLessThanOrEqual(left + 0.5);
    return stored?.lastPosition ?? 0;
  }

  it('keeps the last seconds played when the tab is closed while the lecture plays', async () => {
    const before = await playedSoFar();
    const lecture = await e2e.lecture('/demo/', 'lectern.test');
    await playDemoTo(lecture, CLOSE_AFTER);
    const position = await closeWhilePlaying(lecture, before);

    const revisit = await e2e.lecture('/demo/', 'lectern.test');
    const overlay = await revisit.overlay();
    await overlay.waitFor((text) => document.body.textContent.includes(text), `Continue from ${clock(position)}`);
  });

  it('loses nothing and counts nothing twice when the background stops while the lecture plays', async () => {
    const before = await playedSoFar();
    const lecture = await e2e.lecture('/demo/', 'lectern.test');
    // Chromium: the worker stops and takes the port (and what it held) with it; Firefox: the
    // background page reloads, its equivalent. The frame reports again on a new port. Played
    // further than the other test, so what it stored cannot stand in for this run's ranges.
    await playDemoTo(lecture, 2 * CLOSE_AFTER, () => stopBackground(e2e));
    await closeWhilePlaying(lecture, before);
  });
});
