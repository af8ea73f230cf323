/**
 * The fallback capture for a video the page cannot read (cross-origin: a tainted canvas): the
 * visible tab (`tabs.captureVisibleTab`, allowed by the `<all_urls>` host permission), cropped to
 * the video's box (top-page CSS pixels × the frame's device pixel ratio) and encoded like any
 * snapshot (utils/snapshots/encode.ts) on an OffscreenCanvas. Only the tab in front can be
 * captured: a capture of another tab would be another page.
 */
import { browser } from 'wxt/browser';
import type { RequestOf } from '../protocol/messages';
import { CAPTURE_FAILURES } from '../snapshots/capture-video';
import { encodeSnapshot, type MakeSurface } from '../snapshots/encode';
import { paced } from './capture-pace';

const offscreenSurface: MakeSurface = (width, height) => {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  return {
    context: context as unknown as CanvasRenderingContext2D,
    source: canvas,
    encode: (type, quality) => canvas.convertToBlob({ type, quality }),
  };
};

/** The visible tab as a PNG data URL, within Chromium's two captures a second (./capture-pace.ts). */
const captureVisibleTab = paced((windowId: number) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }));

export async function captureTabBox(
  { box, pixelRatio }: Pick<RequestOf<'snapshot/capture-tab'>, 'box' | 'pixelRatio'>,
  tab: { windowId?: number; active?: boolean } | undefined,
) {
  if (!tab?.active || tab.windowId === undefined) throw new Error('the lecture’s tab is not the one in front.');
  const url = await captureVisibleTab(tab.windowId);
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  const left = Math.max(0, Math.round(box.x * pixelRatio));
  const top = Math.max(0, Math.round(box.y * pixelRatio));
  const width = Math.min(bitmap.width, Math.round((box.x + box.width) * pixelRatio)) - left;
  const height = Math.min(bitmap.height, Math.round((box.y + box.height) * pixelRatio)) - top;
  if (width < 1 || height < 1) throw new Error('the video is not on screen.');
  const image = await encodeSnapshot(
    (context, w, h) => context.drawImage(bitmap, left, top, width, height, 0, 0, w, h),
    width,
    height,
    offscreenSurface,
  );
  bitmap.close();
  if (typeof image === 'string') throw new Error(CAPTURE_FAILURES[image]);
  return image;
}
