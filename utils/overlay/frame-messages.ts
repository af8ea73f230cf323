/**
 * What the page-side overlay controller (entrypoints/overlay.content) and the overlay's UI (the
 * extension-origin iframe, entrypoints/overlay-frame) say to each other over their private
 * MessageChannel. The page never holds either port: the controller hands one to the iframe with
 * `postMessage(…, extensionOrigin, [port])` together with a one-time token the iframe got in its
 * URL (inside a closed shadow root, out of the page's reach).
 */
import type { PromptAsk, PromptChoice } from '../prompts/runner';
import type { WireSnapshot } from '../protocol/snapshots';

export interface FrameLecture {
  key: string;
  title: string;
  duration: number | null;
  /** Where the student left off last time, if worth offering ("Continue from 12:34"). */
  resumeAt: number | null;
}

/** Controller → UI. */
export type ToFrame =
  | { type: 'lecture'; lecture: FrameLecture | null }
  /**
   * Open the editor pinned to `time` (the note shortcut, or a request relayed from another frame).
   * `reopen`: it was open when this document loaded anew: open it again with the saved draft.
   */
  | {
      type: 'open-editor';
      time: number;
      reopen?: boolean;
      /** What the captions said before `time` (utils/video/captions/), when they said anything and the option is on. */
      caption?: string;
      /** "Note with snapshot": the UI asks for the frame on screen (`capture-snapshot`). */
      snapshot?: boolean;
    }
  /** The frame on screen the UI asked for (`capture-snapshot`), or why there is none. */
  | { type: 'snapshot'; id: number; image?: WireSnapshot; error?: string }
  | { type: 'playback'; time: number; paused: boolean }
  /** The video's speed (utils/speed/keeper.ts); `changed`: it just changed, show it for a moment. */
  | { type: 'speed'; rate: number; changed: boolean }
  /** The largest box the UI may take (over the video), so the panel can scroll inside it. */
  | { type: 'space'; maxWidth: number; maxHeight: number }
  /** Show the review prompt (the video is paused), or take it away (null). utils/prompts/page.ts. */
  | { type: 'review-prompt'; prompt: PromptAsk | null }
  /** A click the page side caught over a bare fullscreen video, at (x, y) in the UI: do what it would. */
  | { type: 'press'; x: number; y: number };

/** UI → controller. */
export type FromFrame =
  | { type: 'ready' }
  /** The UI's content box changed size; the host follows without a layout jump. */
  | { type: 'size'; width: number; height: number }
  | { type: 'seek'; time: number }
  /** The student started typing a note: pause if the option says so. Time of the note. */
  | { type: 'editor-opened'; time: number }
  /**
   * The editor closed (saved or not): resume the video if the editor paused it. `refocusPage`:
   * give focus back to where it was in the page (the editor was opened by the page's shortcut).
   */
  | { type: 'editor-closed'; saved: boolean; refocusPage: boolean }
  /** The student asked for the editor from inside the UI (button or shortcut): at the current time. */
  | { type: 'request-editor'; snapshot?: boolean }
  /** Capture the frame on screen for the open editor (answered with `snapshot`). */
  | { type: 'capture-snapshot'; id: number }
  /** The student closed the notes panel. */
  | { type: 'panel-closed' }
  /** The student closed the review prompt (an answer is already saved by the UI). */
  | { type: 'review-outcome'; choice: PromptChoice };

export const CONNECT_MESSAGE = 'lectern/overlay-connect';

export interface ConnectMessage {
  type: typeof CONNECT_MESSAGE;
  token: string;
}
