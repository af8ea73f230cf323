/** Where the overlay sits: over the lecture video's top-right corner, inside the viewport. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const OVERLAY_INSET = 8;

/**
 * The overlay's box for a video at `video` (viewport coordinates) and a UI of `size`, kept inside
 * the viewport. Null when the video is not on screen (scrolled away, hidden, zero-sized).
 */
export function overlayBox(
  video: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Box | null {
  if (video.width < 1 || video.height < 1) return null;
  const visibleTop = Math.max(video.top, 0);
  const visibleBottom = Math.min(video.top + video.height, viewport.height);
  if (visibleBottom - visibleTop < 40 || video.left + video.width < 0 || video.left > viewport.width) return null;
  const width = Math.min(size.width, Math.max(0, viewport.width - 2 * OVERLAY_INSET));
  const height = Math.min(size.height, Math.max(0, viewport.height - 2 * OVERLAY_INSET));
  const right = Math.min(video.left + video.width, viewport.width) - OVERLAY_INSET;
  const left = Math.max(OVERLAY_INSET, right - width);
  const top = Math.min(Math.max(visibleTop + OVERLAY_INSET, OVERLAY_INSET), viewport.height - height - OVERLAY_INSET);
  return { left, top: Math.max(OVERLAY_INSET, top), width, height };
}

/** How much room the UI may take over the video (for the panel's scroll height). */
export function availableSpace(video: Box, viewport: { width: number; height: number }) {
  const visibleHeight = Math.min(video.top + video.height, viewport.height) - Math.max(video.top, 0);
  return {
    maxWidth: Math.max(260, Math.min(420, video.width - 2 * OVERLAY_INSET)),
    maxHeight: Math.max(160, Math.min(visibleHeight, viewport.height) - 2 * OVERLAY_INSET),
  };
}

/** The smallest box the review dialog gets, even over a small video (it grows around the video). */
export const COVER_MINIMUM = { width: 560, height: 420 };

/**
 * The box for the review dialog: the visible part of the video (the dialog is a centred panel over
 * it, in and out of fullscreen), at least COVER_MINIMUM where the viewport allows, centred on the
 * video and kept inside the viewport. A video off screen gets the middle of the viewport.
 */
export function coverBox(
  video: Box,
  viewport: { width: number; height: number },
  minimum: { width: number; height: number } = COVER_MINIMUM,
): Box {
  const left = Math.max(video.left, 0);
  const top = Math.max(video.top, 0);
  const right = Math.min(video.left + video.width, viewport.width);
  const bottom = Math.min(video.top + video.height, viewport.height);
  const onScreen = right - left >= 1 && bottom - top >= 1;
  const visible = onScreen
    ? { left, top, width: right - left, height: bottom - top }
    : { left: 0, top: 0, width: viewport.width, height: viewport.height };
  const width = Math.min(Math.max(visible.width, minimum.width), viewport.width);
  const height = Math.min(Math.max(visible.height, minimum.height), viewport.height);
  const clamp = (value: number, size: number, room: number) => Math.min(Math.max(value, 0), room - size);
  return {
    left: Math.round(clamp(visible.left + (visible.width - width) / 2, width, viewport.width)),
    top: Math.round(clamp(visible.top + (visible.height - height) / 2, height, viewport.height)),
    width: Math.round(width),
    height: Math.round(height),
  };
}
