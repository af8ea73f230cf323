/**
 * Which frame of which tab has a lecture, and which lectures each frame has shown (a content
 * script may report only on those: utils/protocol/senders.ts), kept in
 * `storage.session` so it survives the MV3 service worker being stopped (and is gone when the
 * browser closes); and the injection of the lecture scripts into exactly that frame.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

const lectureFrames = storage.defineItem<Record<string, number>>('session:lectureFrames', { fallback: {} });

export async function rememberLectureFrame(tabId: number, frameId: number): Promise<void> {
  const frames = await lectureFrames.getValue();
  if (frames[tabId] === frameId) return;
  await lectureFrames.setValue({ ...frames, [tabId]: frameId });
}

export async function lectureFrameOf(tabId: number): Promise<number | undefined> {
  return (await lectureFrames.getValue())[tabId];
}

/**
 * Lecture keys by `<tabId>:<frameId>`, newest first (a frame's SPA may move between lectures),
 * the most recently active frames last. Kept after a new document or the tab's closing: the old
 * document's last progress report arrives after both (tab ids are not reused in a session).
 */
const frameLectures = storage.defineItem<Record<string, string[]>>('session:frameLectures', { fallback: {} });
const KEPT_PER_FRAME = 8;
const KEPT_FRAMES = 200;

/** The identity script in this frame named its lecture. */
export async function rememberFrameLecture(tabId: number, frameId: number, key: string): Promise<void> {
  const shown = await frameLectures.getValue();
  const id = `${tabId}:${frameId}`;
  const keys = shown[id] ?? [];
  if (keys[0] === key) return;
  const { [id]: _moved, ...others } = shown;
  const kept = [key, ...keys.filter((other) => other !== key)].slice(0, KEPT_PER_FRAME);
  const frames = Object.entries(others).slice(-(KEPT_FRAMES - 1));
  await frameLectures.setValue({ ...Object.fromEntries(frames), [id]: kept });
}

export async function lecturesOfFrame(tabId: number, frameId: number): Promise<readonly string[]> {
  return (await frameLectures.getValue())[`${tabId}:${frameId}`] ?? [];
}

export async function forgetTab(tabId: number): Promise<void> {
  const frames = await lectureFrames.getValue();
  if (!(tabId in frames)) return;
  const { [tabId]: _gone, ...rest } = frames;
  await lectureFrames.setValue(rest);
}

export const IDENTITY_SCRIPT = '/content-scripts/lecture-identity.js';
export const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

/**
 * Runs one of our scripts in one frame (the scripting API; Firefox's MV2 build falls back to
 * tabs.executeScript where scripting is missing). False when it could not (e.g. the overlay is
 * not built, or the frame is gone): the caller carries on without it.
 */
export async function injectIntoFrame(tabId: number, frameId: number, file: string): Promise<boolean> {
  try {
    // `as never`: WXT types the paths it has built, and the overlay may not exist yet.
    if (browser.scripting?.executeScript) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file as never] });
    } else {
      await browser.tabs.executeScript(tabId, { file, frameId });
    }
    return true;
  } catch {
    return false;
  }
}

/** Forget a tab's lecture frame when the tab closes. */
export function registerLectureFrameCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
}
