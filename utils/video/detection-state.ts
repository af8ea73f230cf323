/**
 * The hand-off between the always-on detector (entrypoints/lecture.content.ts) and the identity
 * script the background injects into a frame that has a lecture
 * (entrypoints/lecture-identity.content.ts). Both run in the same content-script world of the
 * frame (never the page's), so they share it through frame-shared.ts. Internal to utils/video: the
 * overlay reads the named lecture from lecture-channel.ts instead.
 */
import type { DetectedLecture } from './detector';
import { frameShared } from './frame-shared';

export interface DetectionState {
  /** The lecture the detector currently sees in this frame, or null. */
  lecture: DetectedLecture | null;
  /** Set by the identity script once loaded; the detector calls it on every change. */
  identify?: (lecture: DetectedLecture | null) => void;
}

export const detectionState = (): DetectionState => frameShared('lectern.detection', () => ({ lecture: null }));
