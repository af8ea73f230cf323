/**
 * The note editor, page side. Opens it at the video's current time (the note shortcut in the
 * page, or Add note in the UI), out of a bare video's fullscreen; pauses the video while the
 * student types if the option says so, and plays it again after; gives focus back to where it
 * was in the page and the video back to its fullscreen. Opens it again, with its draft, when the
 * UI's document loads anew while it is open. Hands the editor what the captions said in the
 * seconds before the note's time (the option's window; utils/video/captions/).
 */
import { readCaptionSettings } from '../caption-setting';
import type { FullscreenSteps } from '../fullscreen';
import { deepActiveElement, giveFocusBack } from '../page-focus';
import { pausesWhileTyping } from '../pause-setting';
import { type OverlayState, post } from './state';

export interface OverlayEditorOptions {
  place(): void;
  steps: FullscreenSteps;
  isPromptShown(): boolean;
}

export interface OverlayEditor {
  /** Opens the editor at the current time; `rememberFocus`: the page's shortcut asked, focus goes back there. */
  open(rememberFocus: boolean, snapshot?: boolean): Promise<void>;
  /** The UI's document is ready: open the editor again if it was open (unless a prompt is shown). */
  reopen(): void;
  /** The UI opened the editor pinned to `time`. */
  opened(time: number): Promise<void>;
  /** The UI closed the editor; `refocusPage`: give focus back to the page. */
  closed(refocusPage: boolean): void;
}

export function overlayEditor(
  state: OverlayState,
  { place, steps, isPromptShown }: OverlayEditorOptions,
): OverlayEditor {
  let pausedByEditor = false;
  let returnFocusTo: Element | null = null;
  /** The caption handed to the open editor, to hand again if the UI loads anew. */
  let caption: string | undefined;

  /** What was said in the window before `time`; never in the way of the editor opening. */
  const captionBefore = (time: number, seconds: number) => {
    try {
      return state.captions?.before(time, seconds) ?? undefined;
    } catch {
      return undefined;
    }
  };

  return {
    async open(rememberFocus, snapshot) {
      if (!state.ui?.ready || !state.lecture) return;
      if (rememberFocus) returnFocusTo = deepActiveElement();
      const time = state.lecture.video.currentTime;
      const [, settings] = await Promise.all([steps.stepOut(), readCaptionSettings()]);
      const { ui } = state;
      if (!ui?.ready) return;
      caption = captionBefore(time, settings.windowSeconds);
      place();
      ui.host.iframe.focus();
      post(state, { type: 'open-editor', time, ...(caption ? { caption } : {}), ...(snapshot ? { snapshot } : {}) });
    },
    reopen() {
      const { ui, editorAt } = state;
      if (!ui || editorAt === null || isPromptShown()) return;
      ui.host.iframe.focus();
      post(state, { type: 'open-editor', time: editorAt, reopen: true, ...(caption ? { caption } : {}) });
    },
    async opened(time) {
      const video = state.lecture?.video;
      state.editorAt = time;
      state.review?.setEditorOpen(true);
      if (video && !video.paused && (await pausesWhileTyping())) {
        video.pause();
        pausedByEditor = true;
      }
    },
    closed(refocusPage) {
      const video = state.lecture?.video;
      state.editorAt = null;
      caption = undefined;
      state.review?.setEditorOpen(false);
      if (video && pausedByEditor) void video.play().catch(() => undefined);
      pausedByEditor = false;
      if (refocusPage && state.ui) giveFocusBack(state.ui.host.iframe, returnFocusTo);
      returnFocusTo = null;
      steps.stepBack();
    },
  };
}
