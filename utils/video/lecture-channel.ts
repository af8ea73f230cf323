/**
 * How the always-on detector (entrypoints/lecture.content.ts) hands the chosen lecture to the
 * overlay (injected later into the same frame), inside the content-script world of one frame.
 * It lives on the content-script global, which the page's own scripts cannot see (Chrome's
 * isolated world, Firefox's content-script sandbox), under a Symbol its markup cannot occupy
 * (frame-shared.ts). Never put it on `window` of the page, nor under a string name.
 *
 * Contract:
 * - the detector calls `publishLecture(lecture)` whenever the chosen lecture changes (a new
 *   video, a new src, an SPA navigation), and `publishLecture(null)` when it is gone;
 * - the detector calls `requestNoteEditor()` when the note shortcut is pressed (in this frame,
 *   or relayed by the background from another frame of the tab); a request made before the
 *   overlay listens is kept until it does;
 * - the overlay subscribes with `watchLecture` and `onNoteEditorRequest`, and calls
 *   `markOverlayReady()` once its UI has loaded and can take a note (the bench reads
 *   `__lecternOverlayReadyAt`, a `performance.now()` time, from the content-script world).
 */
import type { Lecture, LectureSighting } from '../model/lectures';
import { frameShared } from './frame-shared';

export interface CurrentLecture {
  /** The main lecture video (the one with the timeline notes are pinned to). */
  video: HTMLVideoElement;
  /** Other streams of the same lecture played in sync (e.g. Panopto's camera beside the slides). */
  companions: HTMLVideoElement[];
  sighting: LectureSighting;
  /** What the background has stored for it (last position, watched ranges), once it answered. */
  stored: Lecture | null;
  /** A moment to seek to once the video is ready (opened from the library), in seconds. */
  seekTo: number | null;
}

type LectureListener = (lecture: CurrentLecture | null) => void;

interface Channel {
  current: CurrentLecture | null;
  lectureListeners: Set<LectureListener>;
  editorListeners: Set<() => void>;
  /** Unset until a request waits for the overlay (every byte counts in the always-on bundle). */
  pendingEditorRequest?: boolean;
}

const channel = (): Channel =>
  frameShared('lectern.channel', () => ({ current: null, lectureListeners: new Set(), editorListeners: new Set() }));

export function publishLecture(lecture: CurrentLecture | null): void {
  const state = channel();
  state.current = lecture;
  for (const listener of state.lectureListeners) listener(lecture);
}

export function currentLecture(): CurrentLecture | null {
  return channel().current;
}

/** Calls `listener` now with the current lecture and on every change; returns the unsubscribe. */
export function watchLecture(listener: LectureListener): () => void {
  const state = channel();
  state.lectureListeners.add(listener);
  listener(state.current);
  return () => state.lectureListeners.delete(listener);
}

export function requestNoteEditor(): void {
  const state = channel();
  if (state.editorListeners.size === 0) state.pendingEditorRequest = true;
  for (const listener of state.editorListeners) listener();
}

export function onNoteEditorRequest(listener: () => void): () => void {
  const state = channel();
  state.editorListeners.add(listener);
  if (state.pendingEditorRequest) {
    state.pendingEditorRequest = false;
    listener();
  }
  return () => state.editorListeners.delete(listener);
}

/** The overlay's UI is loaded and usable; recorded for `npm run bench` (insertion → ready). */
export function markOverlayReady(): void {
  (globalThis as unknown as { __lecternOverlayReadyAt?: number }).__lecternOverlayReadyAt = performance.now();
}
