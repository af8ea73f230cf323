/**
 * Placement: where the host goes, on every scroll, resize, move, size report and playback tick
 * (../position.ts does the geometry). Over the video's top-right corner at the UI's own size;
 * covering the video while a review prompt is shown; hidden while the video is gone, off screen,
 * the UI not ready or not yet measured, or something else is fullscreen. Tells the UI how much
 * room it has.
 */
import { fullscreenPlan } from '../fullscreen';
import { availableSpace, coverBox, overlayBox } from '../position';
import { type OverlayState, post } from './state';

const viewport = () => ({ width: innerWidth, height: innerHeight });

export function placeOverlay(state: OverlayState, isPromptShown: () => boolean): void {
  const { ui, lecture } = state;
  if (!ui) return;
  if (state.capturing) {
    ui.host.place(null);
    return;
  }
  const video = lecture?.video.isConnected ? lecture.video : null;
  const rect = video && fullscreenPlan(document, video).kind !== 'elsewhere' ? video.getBoundingClientRect() : null;
  if (rect && ui.ready && isPromptShown()) {
    const box = coverBox(rect, viewport());
    state.shownBox = box;
    ui.host.place(box);
    post(state, { type: 'space', maxWidth: box.width, maxHeight: box.height });
    return;
  }
  const box = rect && ui.ready && ui.size.height > 0 ? overlayBox(rect, ui.size, viewport()) : null;
  state.shownBox = box;
  ui.host.place(box);
  if (rect) post(state, { type: 'space', ...availableSpace(rect, viewport()) });
}
