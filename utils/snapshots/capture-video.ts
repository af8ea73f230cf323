/**
 * The frame on screen, read from the video itself (page side: the overlay's controller, built
 * lean). A protected video (EME: `video.mediaKeys`) is never read; a cross-origin video taints the
 * canvas (reading it throws a SecurityError): then the caller falls back to a capture of the
 * visible tab (./capture-tab.ts).
 */
import { type EncodedSnapshot, type EncodeFailure, encodeSnapshot, type MakeSurface } from './encode';

export type VideoCaptureFailure = EncodeFailure | 'protected' | 'no-frame' | 'tainted';

/** A page canvas (`toBlob`). */
export const pageSurface: MakeSurface = (width, height) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  return {
    context,
    source: canvas,
    encode: (type, quality) => new Promise((resolve) => canvas.toBlob(resolve, type, quality)),
  };
};

export async function captureVideoFrame(
  video: HTMLVideoElement,
  makeSurface: MakeSurface = pageSurface,
): Promise<EncodedSnapshot | VideoCaptureFailure> {
  if (video.mediaKeys) return 'protected';
  if (!hasFrame(video)) await frameShown(video);
  if (!hasFrame(video)) return 'no-frame';
  try {
    return await encodeSnapshot(
      (context, width, height) => context.drawImage(video, 0, 0, width, height),
      video.videoWidth,
      video.videoHeight,
      makeSurface,
    );
  } catch (error) {
    if (error instanceof DOMException && error.name === 'SecurityError') return 'tainted';
    throw error;
  }
}

/** Seeking is over and the frame at the current time is there. */
const hasFrame = (video: HTMLVideoElement) =>
  !video.seeking && video.readyState >= 2 && video.videoWidth > 0 && video.videoHeight > 0;

/** Waits (at most FRAME_WAIT_MS) for a seek to land or the first frame to load. */
function frameShown(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    const events = ['seeked', 'loadeddata', 'canplay'];
    const done = () => {
      clearTimeout(timer);
      for (const type of events) video.removeEventListener(type, check);
      resolve();
    };
    const check = () => hasFrame(video) && done();
    const timer = setTimeout(done, FRAME_WAIT_MS);
    for (const type of events) video.addEventListener(type, check);
  });
}
const FRAME_WAIT_MS = 5000;

/** What the student reads when a frame could not be captured (the note is saved without it). */
export const CAPTURE_FAILURES: Record<VideoCaptureFailure | 'cross-origin-frame', string> = {
  protected: 'This video cannot be captured (it is protected).',
  black: 'This video cannot be captured (it shows only black to Lectern).',
  'no-frame': 'No frame to capture yet: let the video load, then try again.',
  'too-big': 'This frame could not be made small enough to keep.',
  tainted: 'This video cannot be captured.',
  'cross-origin-frame': 'This video cannot be captured (its player sits in a frame of another site).',
};
