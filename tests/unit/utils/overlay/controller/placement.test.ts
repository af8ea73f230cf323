import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeOverlay } from '@/utils/overlay/controller/placement';
import { fakeLecture, stateWith } from './fakes';

const noPrompt = () => false;

beforeEach(() => {
  Object.assign(window, { innerWidth: 1280, innerHeight: 800 });
});
afterEach(() => {
  Reflect.deleteProperty(document, 'fullscreenElement');
});

describe('placeOverlay', () => {
  it('puts the UI over the video’s top-right corner at its own size and tells it the room it has', () => {
    const { state, host, posted } = stateWith();
    placeOverlay(state, noPrompt);
    const box = { left: 492, top: 108, width: 300, height: 48 };
    expect(host.place).toHaveBeenCalledWith(box);
    expect(state.shownBox).toEqual(box);
    expect(posted).toEqual([{ type: 'space', maxWidth: 420, maxHeight: 434 }]);
  });

  it('covers the video while a review prompt is shown', () => {
    const { state, host, posted } = stateWith(fakeLecture({ left: 100, top: 0, width: 1000, height: 600 }));
    placeOverlay(state, () => true);
    expect(host.place).toHaveBeenCalledWith({ left: 100, top: 0, width: 1000, height: 600 });
    expect(posted).toEqual([{ type: 'space', maxWidth: 1000, maxHeight: 600 }]);
  });

  it('keeps the UI hidden until it is ready and measured', () => {
    const notReady = stateWith(fakeLecture(), false);
    placeOverlay(notReady.state, () => true);
    expect(notReady.host.place).toHaveBeenCalledWith(null);
    expect(notReady.posted).toEqual([]);

    const unmeasured = stateWith();
    unmeasured.ui.size = { width: 0, height: 0 };
    placeOverlay(unmeasured.state, noPrompt);
    expect(unmeasured.host.place).toHaveBeenCalledWith(null);
    expect(unmeasured.state.shownBox).toBeNull();
  });

  it('hides the UI when the video left the document, or something else is fullscreen', () => {
    const gone = stateWith();
    gone.state.lecture?.video.remove();
    placeOverlay(gone.state, noPrompt);
    expect(gone.host.place).toHaveBeenCalledWith(null);
    expect(gone.posted).toEqual([]);

    const elsewhere = stateWith();
    const other = document.createElement('div');
    document.body.append(other);
    Object.defineProperty(document, 'fullscreenElement', { value: other, configurable: true });
    placeOverlay(elsewhere.state, noPrompt);
    expect(elsewhere.host.place).toHaveBeenCalledWith(null);
  });

  it('does nothing before the UI is mounted', () => {
    const state = { lecture: fakeLecture(), ui: null, review: null, captions: null, editorAt: null, shownBox: null };
    expect(() => placeOverlay(state, noPrompt)).not.toThrow();
    expect(state.shownBox).toBeNull();
  });
});
