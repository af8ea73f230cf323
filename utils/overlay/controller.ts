/**
 * The overlay's page-side controller: puts Lectern's UI (an extension-origin iframe, see
 * host.ts) over the lecture the detector chose, keeps it over the video (scrolling, resizing,
 * moves without either: move-observer.ts; fullscreen: fullscreen.ts; clicks over a bare fullscreen
 * video: bare-clicks.ts), shows review prompts as a panel covering the video (held until the UI is
 * ready: prompt-gate.ts), and does for the UI what only the page side can: read the video's time, seek,
 * pause while the student types, give focus back. The UI talks to it over a private
 * MessageChannel; notes never pass through the page.
 */

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPromptGate } from '../prompts/gate';
import { type CurrentLecture, markOverlayReady, onNoteEditorRequest, watchLecture } from '../video/lecture-channel';
import { catchClicksOver } from './bare-clicks';
import { CONNECT_MESSAGE, type FrameLecture, type FromFrame, type ToFrame } from './frame-messages';
import { fullscreenPlan, fullscreenSteps } from './fullscreen';
import { createOverlayHost, type OverlayHost } from './host';
import { deepActiveElement, giveFocusBack } from './page-focus';
import { pausesWhileTyping } from './pause-setting';
import { availableSpace, type Box, coverBox, overlayBox } from './position';
import { resumePoint } from './resume';
import { watchLectureVideo } from './video-watch';

const FRAME_PATH = '/overlay-frame.html';

export function startOverlay(ctx: Pick<ContentScriptContext, 'signal' | 'onInvalidated'>): void {
  let ui: { host: OverlayHost; port: MessagePort; ready: boolean; size: { width: number; height: number } } | null =
    null;
  let lecture: CurrentLecture | null = null;
  let sentLecture: FrameLecture | null = null;
  let videoScope: AbortController | null = null;
  let pausedByEditor = false;
  /** The open note editor's video time (null: closed), to open it again if the UI reloads. */
  let editorAt: number | null = null;
  let returnFocusTo: Element | null = null;
  let prompts: ReturnType<typeof watchLectureVideo> | null = null;
  let promptFocus: Element | null = null;
  /** Where the host was last shown (null: hidden), for clicks over a bare fullscreen video. */
  let shownBox: Box | null = null;
  /** Listening for those clicks: only while the bare video is fullscreen (bare-clicks.ts). */
  let bareClicks: AbortController | null = null;
  const steps = fullscreenSteps(document, () => lecture?.video ?? null);

  const post = (message: ToFrame) => {
    if (ui?.ready) ui.port.postMessage(message);
  };
  const viewport = () => ({ width: innerWidth, height: innerHeight });

  const place = () => {
    if (!ui) return;
    const video = lecture?.video.isConnected ? lecture.video : null;
    const rect = video && fullscreenPlan(document, video).kind !== 'elsewhere' ? video.getBoundingClientRect() : null;
    if (rect && ui.ready && prompt.current()) {
      const box = coverBox(rect, viewport());
      shownBox = box;
      ui.host.place(box);
      post({ type: 'space', maxWidth: box.width, maxHeight: box.height });
      return;
    }
    const box = rect && ui.ready && ui.size.height > 0 ? overlayBox(rect, ui.size, viewport()) : null;
    shownBox = box;
    ui.host.place(box);
    if (rect) post({ type: 'space', ...availableSpace(rect, viewport()) });
  };

  // Fullscreen (fullscreen.ts): into a fullscreen player, back to the root element after.
  const followFullscreen = () => {
    if (!ui) return;
    const plan = fullscreenPlan(document, lecture?.video ?? null);
    ui.host.moveTo(plan.kind === 'inside' ? plan.container : document.documentElement);
    ui.host.raise();
    place();
    if (plan.kind === 'bare' && !bareClicks && lecture) {
      bareClicks = new AbortController();
      const { video } = lecture;
      catchClicksOver({
        target: window,
        video,
        box: () => shownBox,
        onClick: pressOverBareVideo,
        signal: bareClicks.signal,
      });
    } else if (plan.kind !== 'bare') {
      bareClicks?.abort();
      bareClicks = null;
    }
  };

  // A click on the overlay over a bare fullscreen video (inert there, bare-clicks.ts): out of
  // fullscreen, where the UI is usable, and the UI does what the click would have done (Add note
  // opens the editor as Alt+N does, Notes the panel; saving or closing them goes back in).
  const pressOverBareVideo = (point: { x: number; y: number }) => {
    void steps.stepOut().then(() => post({ type: 'press', ...point }));
  };

  const sendLecture = () => {
    const next: FrameLecture | null = lecture
      ? {
          key: lecture.sighting.key,
          title: lecture.sighting.title,
          duration: lecture.sighting.duration,
          resumeAt: lecture.seekTo === null ? resumePoint(lecture.stored, lecture.video.currentTime) : null,
        }
      : null;
    if (JSON.stringify(next) === JSON.stringify(sentLecture)) return;
    sentLecture = next;
    post({ type: 'lecture', lecture: next });
  };

  const openEditor = async (rememberFocus: boolean) => {
    if (!ui?.ready || !lecture) return;
    if (rememberFocus) returnFocusTo = deepActiveElement();
    const time = lecture.video.currentTime;
    await steps.stepOut();
    if (!ui?.ready) return;
    place();
    ui.host.iframe.focus();
    post({ type: 'open-editor', time });
  };

  // Review prompts (utils/prompts/page.ts): the dialog is shown in the UI, over the whole
  // video, and takes focus. One due before the UI is ready waits for it (prompt-gate.ts).
  const prompt = createPromptGate({
    present: async (shown) => {
      if (shown && ui) {
        promptFocus ??= deepActiveElement();
        await steps.stepOut();
        if (prompt.current() !== shown || !ui.ready) return;
        place();
        ui.host.iframe.focus();
      } else {
        promptFocus = null;
        place();
      }
      post({ type: 'review-prompt', prompt: shown });
    },
    unseen: () => prompts?.answer('unseen'),
    wait: (ms, then) => {
      const timer = setTimeout(then, ms);
      return () => clearTimeout(timer);
    },
  });

  const onFrameMessage = async (message: FromFrame) => {
    if (!ui) return;
    const video = lecture?.video;
    switch (message.type) {
      case 'ready':
        ui.ready = true;
        sentLecture = null;
        sendLecture();
        place();
        prompt.ready();
        if (editorAt !== null && !prompt.current()) {
          ui.host.iframe.focus();
          post({ type: 'open-editor', time: editorAt, reopen: true });
        }
        markOverlayReady();
        break;
      case 'size':
        ui.size = { width: message.width, height: message.height };
        place();
        break;
      case 'seek':
        if (video) video.currentTime = message.time;
        break;
      case 'request-editor':
        void openEditor(false);
        break;
      case 'panel-closed':
        // Back into a bare video's fullscreen that a click on Notes left (their click allows it).
        if (editorAt === null && !prompt.current()) steps.stepBack();
        break;
      case 'editor-opened':
        editorAt = message.time;
        prompts?.setEditorOpen(true);
        if (video && !video.paused && (await pausesWhileTyping())) {
          video.pause();
          pausedByEditor = true;
        }
        break;
      case 'editor-closed':
        editorAt = null;
        prompts?.setEditorOpen(false);
        if (video && pausedByEditor) void video.play().catch(() => undefined);
        pausedByEditor = false;
        if (message.refocusPage) giveFocusBack(ui.host.iframe, returnFocusTo);
        returnFocusTo = null;
        steps.stepBack();
        break;
      case 'review-outcome':
        prompt.settle();
        prompts?.answer(message.choice);
        place();
        giveFocusBack(ui.host.iframe, promptFocus);
        promptFocus = null;
        steps.stepBack();
        break;
    }
  };

  const mount = () => {
    const token = randomToken();
    const host = createOverlayHost(`${browser.runtime.getURL(FRAME_PATH)}#token=${token}`);
    const mounted = { host, port: new MessageChannel().port1, ready: false, size: { width: 0, height: 0 } };
    ui = mounted;
    // The extension's own origin, where the UI's document lives: in Chrome the frame URL above is a
    // per-session dynamic one (use_dynamic_url, wxt.config.ts), but the document commits at this one.
    const origin = browser.runtime.getURL('/').replace(/\/$/, '');
    // On every load of the UI's document: the first, and again wherever the iframe loads anew
    // (moving the host into a fullscreen player does, except with Chromium's moveBefore).
    host.iframe.addEventListener(
      'load',
      () => {
        mounted.port.close();
        const channel = new MessageChannel();
        mounted.port = channel.port1;
        mounted.ready = false;
        prompt.unready();
        channel.port1.onmessage = (event: MessageEvent<FromFrame>) => void onFrameMessage(event.data);
        // Only a document of our extension's origin can receive the port (never '*').
        host.iframe.contentWindow?.postMessage({ type: CONNECT_MESSAGE, token }, origin, [channel.port2]);
      },
      { signal: ctx.signal },
    );
  };

  const follow = (next: CurrentLecture | null) => {
    const videoChanged = next?.video !== lecture?.video || next?.sighting.key !== lecture?.sighting.key;
    lecture = next;
    if (next && !ui) mount();
    if (videoChanged) {
      videoScope?.abort();
      videoScope = null;
      if (next) {
        videoScope = new AbortController();
        prompts = watchLectureVideo(next, { place, post, showPrompt: prompt.show, signal: videoScope.signal });
      }
    }
    sendLecture();
    if (videoChanged) followFullscreen();
    else place();
  };

  const signal = ctx.signal;
  window.addEventListener('scroll', place, { capture: true, passive: true, signal });
  window.addEventListener('resize', place, { passive: true, signal });
  document.addEventListener('fullscreenchange', followFullscreen, { signal });
  const stopWatching = watchLecture(follow);
  const stopEditorRequests = onNoteEditorRequest(() => void openEditor(true));
  ctx.onInvalidated(() => {
    stopWatching();
    stopEditorRequests();
    videoScope?.abort();
    bareClicks?.abort();
    prompt.settle();
    ui?.port.close();
    ui?.host.remove();
  });
}

/** A one-time secret (crypto.randomUUID needs a secure context; lecture pages are often http). */
function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
