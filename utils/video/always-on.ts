/**
 * Everything the always-on content script does in a frame:
 * - watches for the lecture (detector.ts) and, the first time this frame has one, asks the
 *   background to inject the identity script and the overlay into exactly this frame;
 * - listens for the note shortcut in the capture phase and keeps it from the page: with a
 *   lecture here it asks the overlay for the editor, otherwise the background relays it to the
 *   tab's lecture frame;
 * - answers the background: open the editor here, pause the lecture (a break started).
 * It reads settings natively (utils/settings/native-keys.ts) and stays off on the student's disabled sites.
 *
 * Extension APIs cost on first touch in every frame, so they are touched lazily: settings are
 * read when this frame finds a lecture or on its first key press, the background's messages are
 * listened to once this frame has a lecture. (Until the settings are read, the default shortcut
 * applies: a custom shortcut pressed as the very first key in a frame without a lecture is missed.)
 *
 * An extension update or removal orphans the copy running in open pages (Chrome keeps its
 * listeners): before it acts (a key press, a lecture found) it asks `ctx.isValid`, and an orphan
 * stops for good and lets the key through to the page or to a newer copy.
 *
 * Start-up (startAlwaysOn) only adds two listeners; the rest (frameTools) is compiled and built on
 * the first key press or lecture: compiling code costs in every frame (detector.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../protocol/content';
import { sendMessage } from '../protocol/send';
import { isSiteDisabled } from '../settings/disabled-sites';
import { DEFAULT_NOTE_SHORTCUT, DISABLED_SITES_KEY, NOTE_SHORTCUT_KEY, type Shortcut } from '../settings/native-keys';
import { detectionState } from './detection-state';
import { type DetectedLecture, type LectureWatcher, watchForLectures } from './detector';
import { frameHosts } from './frame-hosts';
import { requestNoteEditor } from './lecture-channel';
import { matchesShortcut } from './shortcut';

/** What the always-on script needs of its content-script context (always-on-context.ts). */
export interface AlwaysOnContext {
  readonly isValid: boolean;
}

/** Starts it in this frame; the returned function stops it for good (as an orphan stops). */
export function startAlwaysOn(ctx: AlwaysOnContext): () => void {
  let tools: FrameTools | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    watcher.stop();
  };
  /** False (and stopped for good) once this copy is orphaned. */
  const alive = () => {
    if (!stopped && !ctx.isValid) stop();
    return !stopped;
  };
  const get = () => {
    tools ??= frameTools(watcher, () => stopped);
    return tools;
  };
  const watcher = watchForLectures(window, (lecture) => alive() && get().onLecture(lecture));
  window.addEventListener('keydown', (event) => alive() && get().onKey(event), { capture: true });
  return stop;
}

interface FrameTools {
  onLecture(lecture: DetectedLecture | null): Promise<void>;
  onKey(event: KeyboardEvent): void;
}

function frameTools(watcher: LectureWatcher, stopped: () => boolean): FrameTools {
  const state = detectionState();
  let shortcut: Shortcut = DEFAULT_NOTE_SHORTCUT;
  let disabled = false;
  let settings: Promise<void> | null = null;
  let listening = false;
  let injectionAsked = false;

  const apply = (values: Record<string, unknown>) => {
    if (NOTE_SHORTCUT_KEY in values)
      shortcut = (values[NOTE_SHORTCUT_KEY] as Shortcut | undefined) ?? DEFAULT_NOTE_SHORTCUT;
    if (DISABLED_SITES_KEY in values) disabled = isSiteDisabled(values[DISABLED_SITES_KEY], ...frameHosts(location));
    if (disabled) state.identify?.(null);
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || stopped()) return;
    const changed: Record<string, unknown> = {};
    for (const key in changes) changed[key] = changes[key]?.newValue;
    apply(changed);
    if (!disabled && state.lecture) void onLecture(state.lecture);
  };
  const loadSettings = () => {
    settings ??= browser.storage.local
      .get([NOTE_SHORTCUT_KEY, DISABLED_SITES_KEY])
      .catch(() => ({}))
      .then((stored) => {
        apply(stored);
        browser.storage.onChanged.addListener(onStorage);
      });
    return settings;
  };
  const onMessage = (message: ContentMessage, sender: { id?: string }) => {
    if (stopped() || sender.id !== browser.runtime.id || disabled || !state.lecture) return;
    if (message.type === 'overlay/open-editor') requestNoteEditor();
    if (message.type === 'lecture/pause-playback') {
      for (const video of [state.lecture.video, ...state.lecture.companions]) video.pause();
    }
  };
  const listen = () => {
    if (listening) return;
    listening = true;
    browser.runtime.onMessage.addListener(onMessage as never);
  };

  async function onLecture(lecture: DetectedLecture | null) {
    state.lecture = lecture;
    if (lecture) {
      listen();
      await loadSettings();
      if (disabled || state.lecture !== lecture) return;
    }
    if (state.identify) state.identify(lecture);
    else if (lecture && !injectionAsked) {
      injectionAsked = true;
      sendMessage('lecture/detected', {}).catch(() => {
        injectionAsked = false;
      });
    }
  }

  return {
    onLecture,
    onKey(event) {
      watcher.interacted();
      void loadSettings();
      if (disabled || !event.isTrusted || !matchesShortcut(event, shortcut)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      // A player the detector has not heard from yet (its video in a shadow root, added late).
      if (!state.lecture) watcher.rescan();
      if (state.lecture) requestNoteEditor();
      else sendMessage('lecture/open-editor', {}).catch(() => undefined);
    },
  };
}
