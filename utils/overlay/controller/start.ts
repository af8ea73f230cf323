/**
 * The overlay's page-side controller: puts Lectern's UI (an extension-origin iframe, ../host.ts)
 * over the lecture the detector chose, keeps it over the video, shows review prompts as a panel
 * covering the video, and does for the UI what only the page side can: read the video's time,
 * seek, pause while the student types, give focus back. The UI talks to it over a private
 * MessageChannel; notes never pass through the page.
 *
 * Split by job around one shared state (state.ts): mount.ts, placement.ts, fullscreen.ts,
 * editor.ts, prompts.ts, lecture.ts. This file wires them to the page and routes the UI's messages.
 * Built lean (wxt.config.ts): the native `browser` (runtime.getURL, runtime.sendMessage,
 * storage.local) and a lean content-script context; never the polyfill, WXT's storage module, UI
 * code or the database module.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { markOverlayReady, onNoteEditorRequest, watchLecture } from '../../video/lecture-channel';
import type { FromFrame } from '../frame-messages';
import { overlayEditor } from './editor';
import { overlayFullscreen } from './fullscreen';
import { overlayLecture } from './lecture';
import { mountOverlay, unmountOverlay } from './mount';
import { placeOverlay } from './placement';
import { overlayPrompts } from './prompts';
import { listenForSnapshotShortcut, overlaySnapshots } from './snapshot';
import { createOverlayState } from './state';

export function startOverlay(ctx: Pick<ContentScriptContext, 'signal' | 'onInvalidated'>): void {
  const state = createOverlayState();
  const isPromptShown = () => prompts.current() !== null;
  const place = () => placeOverlay(state, isPromptShown);
  const fullscreen = overlayFullscreen(state, place);
  const prompts = overlayPrompts(state, place, fullscreen);
  const editor = overlayEditor(state, { place, steps: fullscreen, isPromptShown });
  const snapshots = overlaySnapshots(state, place);
  let mounting = false;
  const lecture = overlayLecture(state, {
    mount: () => {
      if (mounting) return;
      mounting = true;
      // The UI comes once the background issued its token: then follow the page's fullscreen.
      void mountOverlay(state, {
        onLoad: prompts.unready,
        onMessage: (message) => void onFrameMessage(message),
        signal: ctx.signal,
      }).then((mounted) => mounted && fullscreen.follow());
    },
    place,
    followFullscreen: fullscreen.follow,
    showPrompt: prompts.show,
  });

  const onFrameMessage = async (message: FromFrame) => {
    const { ui } = state;
    if (!ui) return;
    switch (message.type) {
      case 'ready':
        ui.ready = true;
        lecture.resend();
        place();
        prompts.ready();
        editor.reopen();
        markOverlayReady();
        break;
      case 'size':
        ui.size = { width: message.width, height: message.height };
        place();
        break;
      case 'seek':
        if (state.lecture) state.lecture.video.currentTime = message.time;
        break;
      case 'request-editor':
        void editor.open(false, message.snapshot);
        break;
      case 'capture-snapshot':
        void snapshots.capture(message.id);
        break;
      case 'panel-closed':
        // Back into a bare video's fullscreen that a click on Notes left (their click allows it).
        if (state.editorAt === null && !isPromptShown()) fullscreen.stepBack();
        break;
      case 'editor-opened':
        await editor.opened(message.time);
        break;
      case 'editor-closed':
        editor.closed(message.refocusPage);
        break;
      case 'review-outcome':
        prompts.answered(message.choice);
        break;
    }
  };

  const { signal } = ctx;
  window.addEventListener('scroll', place, { capture: true, passive: true, signal });
  window.addEventListener('resize', place, { passive: true, signal });
  document.addEventListener('fullscreenchange', fullscreen.follow, { signal });
  const stopWatching = watchLecture(lecture.follow);
  const stopEditorRequests = onNoteEditorRequest(() => void editor.open(true));
  listenForSnapshotShortcut(() => void editor.open(true, true), signal);
  ctx.onInvalidated(() => {
    stopWatching();
    stopEditorRequests();
    lecture.stop();
    fullscreen.stop();
    prompts.settle();
    unmountOverlay(state);
  });
}
