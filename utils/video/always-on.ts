/**
 * Everything the always-on content script does in a frame, tied to one AbortSignal:
 * - watches for the lecture (detector.ts) and, the first time this frame has one, asks the
 *   background to inject the identity script and the overlay into exactly this frame;
 * - listens for the note shortcut in the capture phase and keeps it from the page: with a
 *   lecture here it asks the overlay for the editor, otherwise the background relays it to the
 *   tab's lecture frame;
 * - answers the background: open the editor here, pause the lecture (a break started).
 * It reads settings natively (shortcut.ts) and stays off on the student's disabled sites.
 *
 * Extension APIs cost on first touch in every frame, so they are touched lazily: settings are
 * read when this frame finds a lecture or on its first key press, the background's messages are
 * listened to once this frame has a lecture. (Until the settings are read, the default shortcut
 * applies: a custom shortcut pressed as the very first key in a frame without a lecture is missed.)
 */
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../protocol/content';
import { sendMessage } from '../send-message';
import type { Shortcut } from '../settings';
import { detectionState } from './detection-state';
import { type DetectedLecture, watchForLectures } from './detector';
import { requestNoteEditor } from './lecture-channel';
import { DEFAULT_SHORTCUT, DISABLED_SITES_KEY, isDisabledHere, matchesShortcut, NOTE_SHORTCUT_KEY } from './shortcut';

export function startAlwaysOn(signal: AbortSignal): void {
  const state = detectionState();
  let shortcut: Shortcut = DEFAULT_SHORTCUT;
  let disabled = false;
  let settings: Promise<void> | null = null;
  let listening = false;
  let injectionAsked = false;

  const apply = (values: Record<string, unknown>) => {
    if (NOTE_SHORTCUT_KEY in values) shortcut = (values[NOTE_SHORTCUT_KEY] as Shortcut | undefined) ?? DEFAULT_SHORTCUT;
    if (DISABLED_SITES_KEY in values) disabled = isDisabledHere(values[DISABLED_SITES_KEY], location);
    if (disabled) state.identify?.(null);
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed: Record<string, unknown> = {};
    for (const key of [NOTE_SHORTCUT_KEY, DISABLED_SITES_KEY])
      if (key in changes) changed[key] = changes[key]?.newValue;
    apply(changed);
    if (!disabled && state.lecture) onLecture(state.lecture);
  };
  const loadSettings = () => {
    settings ??= browser.storage.local
      .get([NOTE_SHORTCUT_KEY, DISABLED_SITES_KEY])
      .catch(() => ({}))
      .then((stored) => {
        apply(stored);
        browser.storage.onChanged.addListener(onStorage);
        signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));
      });
    return settings;
  };
  const onMessage = (message: ContentMessage, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || disabled || !state.lecture) return;
    if (message.type === 'overlay/open-editor') requestNoteEditor();
    if (message.type === 'lecture/pause-playback') {
      for (const video of [state.lecture.video, ...state.lecture.companions]) video.pause();
    }
  };
  const listen = () => {
    if (listening) return;
    listening = true;
    browser.runtime.onMessage.addListener(onMessage as never);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage as never));
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

  const watcher = watchForLectures(window, signal, (lecture) => void onLecture(lecture));
  window.addEventListener(
    'keydown',
    (event) => {
      void loadSettings();
      if (disabled || !event.isTrusted || !matchesShortcut(event, shortcut)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      // A player the detector has not heard from yet (its video in a shadow root, added late).
      if (!state.lecture) watcher.rescan();
      if (state.lecture) requestNoteEditor();
      else sendMessage('lecture/open-editor', {}).catch(() => undefined);
    },
    { capture: true, signal },
  );
}
