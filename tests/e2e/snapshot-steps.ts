/**
 * A student's snapshot steps, shared by the snapshot e2e files: take a "note with snapshot" on a
 * lecture (Alt+Shift+N, type, Enter), read an image's pixels (a blank image has no spread), and the
 * thumbnail in the overlay's notes panel.
 */
import { expect } from 'vitest';
import type { LectureTab, OverlayHandle } from '../support/student';

/** In the page or frame it runs in: the image's size and how its pixels spread (a blank image has none). */
export function imagePixels(selector: string) {
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
export async function takeSnapshotNote(lecture: LectureTab, text: string): Promise<OverlayHandle> {
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
export async function panelThumbnail(overlay: OverlayHandle) {
  await overlay.click('button[aria-expanded]');
  await overlay.waitFor(() => {
    const image = document.querySelector('.notes-panel .snapshot-thumbnail img') as HTMLImageElement | null;
    return Boolean(image?.complete && image.naturalWidth);
  }, null);
  return overlay.evaluate(imagePixels, '.notes-panel .snapshot-thumbnail img');
}
