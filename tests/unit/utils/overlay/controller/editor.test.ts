import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { overlayEditor } from '@/utils/overlay/controller/editor';
import type { ReviewPrompts } from '@/utils/prompts/page';
import { fakeSteps, stateWith } from './fakes';

function editorOver(options: { promptShown?: boolean; ready?: boolean } = {}) {
  const page = stateWith(undefined, options.ready ?? true);
  const steps = fakeSteps();
  const place = vi.fn();
  const review = { setEditorOpen: vi.fn(), answer: vi.fn() } satisfies ReviewPrompts;
  page.state.review = review;
  const editor = overlayEditor(page.state, { place, steps, isPromptShown: () => options.promptShown ?? false });
  const video = page.state.lecture?.video as HTMLVideoElement;
  return { ...page, steps, place, review, editor, video };
}

/** A playing video: pause() and play() are recorded. */
function playing(video: HTMLVideoElement) {
  Object.defineProperty(video, 'paused', { value: false, configurable: true });
  const pause = vi.spyOn(video, 'pause').mockImplementation(() => undefined);
  const play = vi.spyOn(video, 'play').mockResolvedValue(undefined);
  return { pause, play };
}

describe('overlayEditor', () => {
  it('opens the editor at the video’s time, out of a bare fullscreen, with focus in the UI', async () => {
    const { editor, video, steps, place, posted, host } = editorOver();
    video.currentTime = 42;
    const focus = vi.spyOn(host.iframe, 'focus');
    await editor.open(true);
    expect(steps.stepOut).toHaveBeenCalled();
    expect(place).toHaveBeenCalled();
    expect(focus).toHaveBeenCalled();
    expect(posted).toEqual([{ type: 'open-editor', time: 42 }]);
  });

  it('hands the editor what the captions said in the window before the note (the option’s seconds)', async () => {
    const { editor, video, state, posted } = editorOver();
    const asked: [number, number][] = [];
    state.captions = {
      before: (time, seconds) => {
        asked.push([time, seconds]);
        return 'the words just said';
      },
    };
    video.currentTime = 42;
    await editor.open(false);
    expect(posted).toEqual([{ type: 'open-editor', time: 42, caption: 'the words just said' }]);
    expect(asked).toEqual([[42, 10]]);
    await browser.storage.local.set({ captions: { windowSeconds: 25, loadForNotes: false } });
    await editor.open(false);
    expect(asked[1]).toEqual([42, 25]);
    // A UI that loads anew while the editor is open gets the same caption back.
    await editor.opened(42);
    editor.reopen();
    expect(posted.at(-1)).toEqual({ type: 'open-editor', time: 42, reopen: true, caption: 'the words just said' });
  });

  it('opens the editor without a caption when the captions say nothing or fail', async () => {
    const { editor, state, posted } = editorOver();
    state.captions = { before: () => null };
    await editor.open(false);
    state.captions = {
      before: () => {
        throw new Error('a hostile page broke the track');
      },
    };
    await editor.open(false);
    expect(posted.map((message) => 'caption' in message)).toEqual([false, false]);
  });

  it('does not open before the UI is ready', async () => {
    const { editor, steps, posted } = editorOver({ ready: false });
    await editor.open(false);
    expect(steps.stepOut).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });

  it('pauses the video while the student types and plays it again after, stepping back into fullscreen', async () => {
    const { editor, video, state, review, steps } = editorOver();
    const { pause, play } = playing(video);
    await editor.opened(12);
    expect(state.editorAt).toBe(12);
    expect(review.setEditorOpen).toHaveBeenLastCalledWith(true);
    expect(pause).toHaveBeenCalled();
    editor.closed(false);
    expect(state.editorAt).toBeNull();
    expect(review.setEditorOpen).toHaveBeenLastCalledWith(false);
    expect(play).toHaveBeenCalled();
    expect(steps.stepBack).toHaveBeenCalled();
  });

  it('leaves the video playing when the option says so', async () => {
    await browser.storage.local.set({ pauseWhileTyping: false });
    const { editor, video } = editorOver();
    const { pause, play } = playing(video);
    await editor.opened(12);
    editor.closed(false);
    expect(pause).not.toHaveBeenCalled();
    expect(play).not.toHaveBeenCalled();
  });

  it('gives focus back to where it was in the page when the page’s shortcut opened it', async () => {
    const { editor } = editorOver();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    await editor.open(true);
    field.blur();
    editor.closed(true);
    expect(document.activeElement).toBe(field);
  });

  it('opens the editor again in a UI that loaded anew, unless a review prompt is shown', async () => {
    const open = editorOver();
    await open.editor.opened(95);
    open.editor.reopen();
    expect(open.posted).toEqual([{ type: 'open-editor', time: 95, reopen: true }]);

    const prompted = editorOver({ promptShown: true });
    await prompted.editor.opened(95);
    prompted.editor.reopen();
    expect(prompted.posted).toEqual([]);

    const closed = editorOver();
    closed.editor.reopen();
    expect(closed.posted).toEqual([]);
  });
});
