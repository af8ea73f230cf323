/**
 * Which frame of which tab has a lecture, and which lectures each frame has shown (a content
 * script may report only on those: utils/protocol/senders.ts), kept in
 * `storage.session` so it survives the MV3 service worker being stopped (and is gone when the
 * browser closes); and the injection of the lecture scripts into exactly that frame.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

const lectureFrames = storage.defineItem<Record<string, number>>('session:lectureFrames', { fallback: {} });

/**
 * Each change below reads a record and writes it back: two frames reporting at once (two players
 * loading in one page) would each write over the other's. They run one after another.
 */
let changes: Promise<unknown> = Promise.resolve();
function oneAtATime(change: () => Promise<void>): Promise<void> {
  const done = changes.then(change);
  changes = done.catch(() => undefined);
  return done;
}

export const rememberLectureFrame = (tabId: number, frameId: number): Promise<void> =>
  oneAtATime(async () => {
    const frames = await lectureFrames.getValue();
    if (frames[tabId] !== frameId) await lectureFrames.setValue({ ...frames, [tabId]: frameId });
  });

/**
 * The lecture frame of each tab the student played or pressed on last (`lecture/watching`): with
 * two players in a page, the note shortcut pressed in the page around them goes there.
 */
const watchedFrames = storage.defineItem<Record<string, number>>('session:watchedFrames', { fallback: {} });

export const rememberWatchedFrame = (tabId: number, frameId: number): Promise<void> =>
  oneAtATime(async () => {
    const frames = await watchedFrames.getValue();
    if (frames[tabId] !== frameId) await watchedFrames.setValue({ ...frames, [tabId]: frameId });
  });

/** The frames to relay the note shortcut to, in order: the one watched last, then the last found. */
export async function noteFramesOf(tabId: number): Promise<number[]> {
  const watched = (await watchedFrames.getValue())[tabId];
  const found = (await lectureFrames.getValue())[tabId];
  return [...new Set([watched, found])].filter((frameId) => frameId !== undefined);
}

/**
 * Lecture keys by `<tabId>:<frameId>`, newest first (a frame's SPA may move between lectures),
 * the most recently active frames last. Kept after a new document, and for a minute after the
 * tab closed: a one-off report the old document sent as it went away may arrive after both (tab
 * ids are not reused in a session; reports on the progress port need no grace: each port
 * remembers what it checked, utils/protocol/ports.ts).
 */
const frameLectures = storage.defineItem<Record<string, string[]>>('session:frameLectures', { fallback: {} });
const KEPT_PER_FRAME = 8;
const KEPT_FRAMES = 200;

/** The identity script in this frame named its lecture. */
export const rememberFrameLecture = (tabId: number, frameId: number, key: string): Promise<void> =>
  oneAtATime(async () => {
    const shown = await frameLectures.getValue();
    const id = `${tabId}:${frameId}`;
    const keys = shown[id] ?? [];
    if (keys[0] === key) return;
    const { [id]: _moved, ...others } = shown;
    const kept = [key, ...keys.filter((other) => other !== key)].slice(0, KEPT_PER_FRAME);
    const gone = await closedLongAgo(Date.now());
    const frames = Object.entries(others)
      .filter(([frame]) => !gone.has(frame.split(':')[0] as string))
      .slice(-(KEPT_FRAMES - 1));
    await frameLectures.setValue({ ...Object.fromEntries(frames), [id]: kept });
  });

/** Tabs closed (with a lecture frame) and when, until their frames' lectures are forgotten. */
const closedTabs = storage.defineItem<Record<string, number>>('session:closedLectureTabs', { fallback: {} });
const CLOSED_TAB_GRACE_MS = 60_000;

/** The tabs closed more than the grace ago (forgotten from the closed list as they are returned). */
async function closedLongAgo(now: number): Promise<Set<string>> {
  const closed = await closedTabs.getValue();
  const gone = Object.keys(closed).filter((tabId) => now - (closed[tabId] as number) > CLOSED_TAB_GRACE_MS);
  if (gone.length > 0) {
    await closedTabs.setValue(Object.fromEntries(Object.entries(closed).filter(([tabId]) => !gone.includes(tabId))));
  }
  return new Set(gone);
}

export async function lecturesOfFrame(tabId: number, frameId: number): Promise<readonly string[]> {
  return (await frameLectures.getValue())[`${tabId}:${frameId}`] ?? [];
}

/** A tab closed: its lecture frames are forgotten now, its frames' lectures after the grace. */
export const forgetTab = (tabId: number): Promise<void> =>
  oneAtATime(async () => {
    const shown = Object.keys(await frameLectures.getValue()).some((frame) => frame.startsWith(`${tabId}:`));
    if (shown) await closedTabs.setValue({ ...(await closedTabs.getValue()), [tabId]: Date.now() });
    for (const item of [lectureFrames, watchedFrames]) {
      const frames = await item.getValue();
      if (!(tabId in frames)) continue;
      const { [tabId]: _gone, ...rest } = frames;
      await item.setValue(rest);
    }
  });

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
