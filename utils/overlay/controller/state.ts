/**
 * The one state the overlay controller's jobs share (start.ts makes it and hands it to each job).
 * Each field has one writer, named below; the others only read it. What only one job needs (the
 * focus to give back, whether the editor paused the video, …) stays inside that job.
 */
import type { ReviewPrompts } from '../../prompts/page';
import type { LectureCaptions } from '../../video/captions/lecture-captions';
import type { CurrentLecture } from '../../video/lecture-channel';
import type { ToFrame } from '../frame-messages';
import type { OverlayHost } from '../host';
import type { Box } from '../position';

/** Lectern's UI in the page: the host with its iframe, and the port to the document inside. */
export interface OverlayUi {
  host: OverlayHost;
  /** To the iframe's current document (a new channel on each load: mount.ts). */
  port: MessagePort;
  /** That document said `ready` on this port: messages reach it. */
  ready: boolean;
  /** The UI's content size, as it last reported it. */
  size: { width: number; height: number };
}

export interface OverlayState {
  /** The lecture the detector chose, or null (lecture.ts). */
  lecture: CurrentLecture | null;
  /** The UI, from the first lecture on (mount.ts; `ready` and `size` from the UI's messages, start.ts). */
  ui: OverlayUi | null;
  /** The review prompts running on the lecture's video (lecture.ts; kept when the lecture goes). */
  review: ReviewPrompts | null;
  /** The captions of the lecture's video, for the caption a note keeps (lecture.ts; null without a lecture). */
  captions: LectureCaptions | null;
  /** The open note editor's video time (null: closed), to open it again if the UI reloads (editor.ts). */
  editorAt: number | null;
  /** Where the host was last shown (null: hidden), for clicks over a bare fullscreen video (placement.ts). */
  shownBox: Box | null;
  /** Hidden while the visible tab is captured for a snapshot (snapshot.ts). */
  capturing?: boolean;
}

export function createOverlayState(): OverlayState {
  return { lecture: null, ui: null, review: null, captions: null, editorAt: null, shownBox: null, capturing: false };
}

/** Tells the UI, once its document is ready (mount.ts connects it). */
export function post(state: OverlayState, message: ToFrame): void {
  if (state.ui?.ready) state.ui.port.postMessage(message);
}
