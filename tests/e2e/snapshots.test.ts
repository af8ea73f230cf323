/**
 * "Note with snapshot" like a student: a lecture paused on a slide, Alt+Shift+N, type, Enter; the
 * note's thumbnail shows in the overlay's notes panel and its pixels are not blank. From the video
 * itself when it is this page's own (the image is the video's own size), from a capture of the
 * visible tab cropped to the video when the video comes from another host (the canvas is tainted:
 * the image is the size the video takes on screen).
 */
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e';
import { panelThumbnail, takeSnapshotNote } from './snapshot-steps';

describeInBrowsers('snapshots in %s', (e2e) => {
  it('a snapshot note on the page’s own video shows a thumbnail of the frame, not blank', async () => {
    const lecture = await e2e.lecture('/snapshots/lecture.html?case=same', 'lectern.test');
    await lecture.seekTo(20);
    const overlay = await takeSnapshotNote(lecture, 'Slide: the Krebs cycle');
    const pixels = await panelThumbnail(overlay);
    // Read from the video itself: its own size (480 × 270).
    expect(pixels).toMatchObject({ width: 480 });
    expect(pixels?.max).toBeGreaterThan(40);
    expect(pixels?.spread).toBeGreaterThan(4);
    // The thumbnail enlarges in a dialog, alt text from the note.
    await overlay.click('.notes-panel .snapshot-thumbnail');
    const dialog = await overlay.evaluate(() => {
      const open = document.querySelector('dialog.snapshot-dialog[open]');
      return open ? (open.querySelector('img')?.getAttribute('alt') ?? '') : null;
    }, null);
    expect(dialog).toBe('Snapshot: Slide: the Krebs cycle');
  });

  it('a snapshot note on a video from another host (a tainted canvas) captures the tab, cropped to the video', async () => {
    const lecture = await e2e.lecture('/snapshots/lecture.html?case=cross&from=video.example.org', 'lectern.test');
    await lecture.seekTo(20);
    // The page itself cannot read this video's pixels (its own script says so after the seek).
    await lecture.waitFor(() => document.body.dataset.readable !== undefined, null);
    expect(await lecture.evaluate(() => document.body.dataset.readable, null)).toBe('no');
    const screenWidth = await lecture.evaluate(
      () =>
        Math.round(
          (document.querySelector('video') as HTMLVideoElement).getBoundingClientRect().width * devicePixelRatio,
        ),
      null,
    );
    const overlay = await takeSnapshotNote(lecture, 'Slide from the other host');
    const pixels = await panelThumbnail(overlay);
    expect(pixels?.max).toBeGreaterThan(40);
    expect(pixels?.spread).toBeGreaterThan(4);
    // The visible tab's capture, cropped to the video's box: the size it takes on screen.
    expect(Math.abs((pixels?.width ?? 0) - Math.min(screenWidth, 1280))).toBeLessThanOrEqual(2);
  });
});
