/**
 * Everything the always-on content script does in a frame, tied to one AbortSignal:
 * - watches for the lecture (detector.ts) and, the first time this frame has one, asks the
 *   background to inject the identity script and the overlay into exactly this frame;
 * - listens for the note shortcut in the capture phase and keeps it from the page: with a
 *   lecture here it asks the overlay for the editor, otherwise the background relays it to the
 *   tab's lecture frame;
 * - answers the background: open the editor here, pause the lecture (a break started).
 * It reads settings natively (shortcut.ts) and stays off on the student's disabled sites.
 */
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../protocol/content';
import { sendMessage } from '../send-message';
import type { Shortcut } from '../settings';
import { detectionState } from './detection-state';
import { watchForLectures } from './detector';
import { requestNoteEditor } from './lecture-channel';
import { DEFAULT_SHORTCUT, DISABLED_SITES_KEY, isDisabledHere, matchesShortcut, NOTE_SHORTCUT_KEY } from './shortcut';

export function startAlwaysOn(signal: AbortSignal): void {
  const state = detectionState();
  let shortcut: Shortcut = DEFAULT_SHORTCUT;
  let disabled = false;
  let detector: AbortController | null = null;
  let injectionAsked = false;

  const onLecture = (lecture: typeof state.lecture) => {
    state.lecture = lecture;
    if (state.identify) state.identify(lecture);
    else if (lecture && !injectionAsked) {
      injectionAsked = true;
      sendMessage('lecture/detected', {}).catch(() => {
        injectionAsked = false;
      });
    }
  };
  const apply = (settings: Record<string, unknown>) => {
    if (NOTE_SHORTCUT_KEY in settings)
      shortcut = (settings[NOTE_SHORTCUT_KEY] as Shortcut | undefined) ?? DEFAULT_SHORTCUT;
    if (!(DISABLED_SITES_KEY in settings)) return;
    disabled = isDisabledHere(settings[DISABLED_SITES_KEY], location);
    if (disabled && detector) {
      detector.abort();
      detector = null;
      onLecture(null);
    } else if (!disabled && !detector) {
      detector = new AbortController();
      signal.addEventListener('abort', () => detector?.abort());
      watchForLectures(window, detector.signal, onLecture);
    }
  };

  window.addEventListener(
    'keydown',
    (event) => {
      if (disabled || !event.isTrusted || !matchesShortcut(event, shortcut)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (state.lecture) requestNoteEditor();
      else sendMessage('lecture/open-editor', {}).catch(() => undefined);
    },
    { capture: true, signal },
  );
  const onMessage = (message: ContentMessage, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || disabled || !state.lecture) return;
    if (message.type === 'overlay/open-editor') requestNoteEditor();
    if (message.type === 'lecture/pause-playback') {
      for (const video of [state.lecture.video, ...state.lecture.companions]) video.pause();
    }
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed: Record<string, unknown> = {};
    for (const key of [NOTE_SHORTCUT_KEY, DISABLED_SITES_KEY])
      if (key in changes) changed[key] = changes[key]?.newValue;
    apply(changed);
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage as never);
    browser.storage.onChanged.removeListener(onStorage);
  });
  browser.storage.local
    .get([NOTE_SHORTCUT_KEY, DISABLED_SITES_KEY])
    .catch(() => ({}))
    .then((stored) => apply({ [DISABLED_SITES_KEY]: [], ...stored }));
}
