/** Stand-ins for the overlay controller's tests: the UI in the page, a lecture, the shared state. */
import { vi } from 'vitest';
import { createOverlayState, type OverlayState, type OverlayUi } from '@/utils/overlay/controller/state';
import type { ToFrame } from '@/utils/overlay/frame-messages';
import type { Box } from '@/utils/overlay/position';
import type { CurrentLecture } from '@/utils/video/lecture-channel';

/** The UI with its host's moves recorded and what is posted to its document collected. */
export function fakeUi(ready = true) {
  const iframe = document.createElement('iframe');
  const posted: ToFrame[] = [];
  const host = {
    host: document.createElement('div'),
    iframe,
    place: vi.fn<(box: Box | null) => void>(),
    raise: vi.fn(),
    moveTo: vi.fn<(parent: Element) => void>(),
    remove: vi.fn(),
  };
  const port = { postMessage: (message: ToFrame) => posted.push(message), close: vi.fn() };
  const ui: OverlayUi = { host, port: port as unknown as MessagePort, ready, size: { width: 300, height: 48 } };
  return { ui, host, posted };
}

/** A lecture on a video in the document, laid out at `rect`. */
export function fakeLecture(rect: Box = { left: 0, top: 100, width: 800, height: 450 }, key = 'url:https://x.edu/l1') {
  const video = document.createElement('video');
  document.body.append(video);
  video.getBoundingClientRect = () =>
    ({ ...rect, right: rect.left + rect.width, bottom: rect.top + rect.height }) as DOMRect;
  const lecture: CurrentLecture = {
    video,
    companions: [],
    sighting: { key, platform: 'generic', title: 'L1', site: 'x.edu', url: 'https://x.edu/l1', duration: 3600 },
    stored: null,
    seekTo: null,
  };
  return lecture;
}

/** The shared state with a ready UI over a lecture. */
export function stateWith(lecture: CurrentLecture | null = fakeLecture(), ready = true) {
  const { ui, host, posted } = fakeUi(ready);
  const state: OverlayState = { ...createOverlayState(), ui, lecture };
  return { state, ui, host, posted };
}

/** Fullscreen steps that record what they were asked. */
export function fakeSteps() {
  return { stepOut: vi.fn(async () => undefined), stepBack: vi.fn() };
}
