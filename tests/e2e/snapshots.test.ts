/**
 * "Note with snapshot" like a student: a lecture paused on a slide, Alt+Shift+N, type, Enter; the
 * note's thumbnail shows in the overlay's notes panel and its pixels are not blank. From the video
 * itself when it is this page's own (the image is the video's own size), from a capture of the
 * visible tab cropped to the video when the video comes from another host (the canvas is tainted:
 * the image is the size the video takes on screen).
 */
import { expect, it } from 'vitest';
import { describeInBrowsers } from '../support/e2e';
import type { LectureTab, OverlayHandle } from '../support/student';

/** In the overlay's frame: the image's size and how its pixels spread (a blank image has none). */
function imagePixels(selector: string) {
  const image = document.querySelector(selector) as HTMLImageElement | null;
  if (!image?.complete || !image.naturalWidth) return null;
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 36;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.drawImage(image, 0, 0, 64, 36);
  const { data } = context.getImageData(0, 0, 64, 36);
  let max = 0;
  let sum = 0;
  let squares = 0;
  for (let at = 0; at < data.length; at += 4) {
    const light = ((data[at] ?? 0) + (data[at + 1] ?? 0) + (data[at + 2] ?? 0)) / 3;
    max = Math.max(max, light);
    sum += light;
    squares += light * light;
  }
  const count = data.length / 4;
  const mean = sum / count;
  return { width: image.naturalWidth, max, spread: Math.sqrt(squares / count - mean * mean) };
}

/** Alt+Shift+N on the lecture, the preview shows, type `text`, Enter, "Saved". */
async function takeSnapshotNote(lecture: LectureTab, text: string): Promise<OverlayHandle> {
  const overlay = await lecture.overlay();
  // The tab capture takes the tab in front (Chromium under load once left another tab there).
  await lecture.bringToFront();
  await lecture.press('Alt+Shift+KeyN');
  await overlay
    .waitFor(() => document.activeElement?.tagName === 'TEXTAREA', null)
    .catch(async (e) => {
      console.log(
        'DEBUG',
        await overlay.text(),
        await lecture.evaluate(
          () => [document.activeElement?.tagName, document.hasFocus(), document.body.dataset.readable],
          null,
        ),
      );
      throw e;
    });
  await overlay.waitFor(() => document.querySelector('.snapshot-preview, .snapshot-error') !== null, null, 20_000);
  const error = await overlay.evaluate(() => document.querySelector('.snapshot-error')?.textContent ?? null, null);
  expect(error).toBeNull();
  await lecture.type(text);
  await overlay.waitFor((typed) => (document.activeElement as HTMLTextAreaElement | null)?.value === typed, text);
  await lecture.press('Enter');
  await overlay.waitFor(() => /Saved at \d+:\d\d\./.test(document.body.textContent), null);
  return overlay;
}

/** Opens the overlay's notes panel and waits for the note's thumbnail to load. */
async function panelThumbnail(overlay: OverlayHandle) {
  await overlay.click('button[aria-expanded]');
  await overlay.waitFor(() => {
    const image = document.querySelector('.notes-panel .snapshot-thumbnail img') as HTMLImageElement | null;
    return Boolean(image?.complete && image.naturalWidth);
  }, null);
  return overlay.evaluate(imagePixels, '.notes-panel .snapshot-thumbnail img');
}

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
