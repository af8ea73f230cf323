/**
 * "Note with snapshot", page side: the frame on screen for the UI's editor. Read from the video
 * where the browser allows it (utils/snapshots/capture-video.ts); a cross-origin video (a tainted
 * canvas) falls back to the background's capture of the visible tab, cropped to the video's box,
 * with Lectern's UI hidden for that moment. A protected or black video, or one whose player sits
 * in a frame of another site, gets a sentence instead (the UI saves the note without an image).
 * Also listens for the snapshot shortcut in this frame (the always-on script knows only the note
 * shortcut: its bytes stay as they are).
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../protocol/send';
import { DEFAULT_SNAPSHOT_SHORTCUT, type Shortcut, SNAPSHOT_SHORTCUT_KEY } from '../../settings/native-keys';
import { bytesToBase64 } from '../../snapshots/base64';
import { CAPTURE_FAILURES, captureVideoFrame } from '../../snapshots/capture-video';
import { boxInTopPage } from '../../snapshots/top-box';
import { matchesShortcut } from '../../video/shortcut';
import type { ToFrame } from '../frame-messages';
import { type OverlayState, post } from './state';

type SnapshotReply = Extract<ToFrame, { type: 'snapshot' }>;

const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

export function overlaySnapshots(state: OverlayState, place: () => void) {
  async function fromTab(video: HTMLVideoElement): Promise<Omit<SnapshotReply, 'type' | 'id'>> {
    const box = boxInTopPage(video);
    if (!box || !state.lecture) return { error: CAPTURE_FAILURES['cross-origin-frame'] };
    // Hiding the UI takes the focus out of it: the student keeps typing there after the capture.
    const iframe = state.ui?.host.iframe;
    const hadFocus = iframe !== undefined && document.activeElement === state.ui?.host.host;
    state.capturing = true;
    place();
    try {
      await nextPaint();
      const { image } = await sendMessage('snapshot/capture-tab', {
        lectureKey: state.lecture.sighting.key,
        box,
        pixelRatio: devicePixelRatio,
      });
      return { image };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    } finally {
      state.capturing = false;
      place();
      if (hadFocus) iframe?.focus();
    }
  }

  return {
    /** The UI asked for the frame on screen: answer `snapshot` with the image or why not. */
    async capture(id: number) {
      const video = state.lecture?.video;
      let reply: Omit<SnapshotReply, 'type' | 'id'>;
      try {
        const frame = video ? await captureVideoFrame(video) : 'no-frame';
        if (video && frame === 'tainted') reply = await fromTab(video);
        else if (typeof frame === 'string') reply = { error: CAPTURE_FAILURES[frame] };
        else {
          const { mime, width, height, data } = frame;
          reply = { image: { mime, width, height, base64: bytesToBase64(data) } };
        }
      } catch (error) {
        reply = {
          error: `This frame could not be captured (${error instanceof Error ? error.message : String(error)}).`,
        };
      }
      post(state, { type: 'snapshot', id, ...reply });
    },
  };
}

/** Calls `onPress` for the snapshot shortcut pressed in this frame (read natively, kept up to date). */
export function listenForSnapshotShortcut(onPress: () => void, signal: AbortSignal): void {
  let shortcut: Shortcut = DEFAULT_SNAPSHOT_SHORTCUT;
  const read = (value: unknown) => {
    shortcut = (value as Shortcut | undefined) ?? DEFAULT_SNAPSHOT_SHORTCUT;
  };
  void browser.storage.local.get(SNAPSHOT_SHORTCUT_KEY).then((stored) => read(stored[SNAPSHOT_SHORTCUT_KEY]));
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SNAPSHOT_SHORTCUT_KEY in changes) read(changes[SNAPSHOT_SHORTCUT_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || !matchesShortcut(event, shortcut)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      onPress();
    },
    { capture: true, signal },
  );
}
