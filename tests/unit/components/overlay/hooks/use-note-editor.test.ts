import { act, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useLectureDraft } from '@/components/overlay/hooks/use-lecture-draft';
import { useNoteEditor } from '@/components/overlay/hooks/use-note-editor';
import { db } from '@/utils/db/database';
import type { FrameLecture } from '@/utils/overlay/frame-messages';
import { fakeBridge, renderHookOnBridge } from '../fake-bridge';

const lecture: FrameLecture = { key: 'url:https://x.edu/l1', title: 'L1', duration: 3600, resumeAt: null };

function editorHook() {
  const report = vi.fn();
  const refresh = vi.fn(async () => undefined);
  const addButton = { current: document.createElement('button') };
  document.body.append(addButton.current);
  const mounted = renderHookOnBridge((bridge) => {
    const draft = useLectureDraft(bridge);
    return { draft, ...useNoteEditor(bridge, { lecture, draft, addButton, report, refresh }) };
  });
  return { ...mounted, report, refresh, addButton };
}

describe('useNoteEditor', () => {
  it('opens where the controller says, empty, and tells it', async () => {
    const { result, emit, post, report } = editorHook();
    await emit({ type: 'lecture', lecture }, { type: 'open-editor', time: 42 });
    expect(result.current.editor).toEqual({ time: 42, text: '', kind: 'note' });
    expect(report).toHaveBeenCalledWith(null);
    expect(post).toHaveBeenCalledWith({ type: 'editor-opened', time: 42 });
  });

  it('opened from the page: closing gives focus back to the page', async () => {
    const { result, emit, post } = editorHook();
    await emit({ type: 'lecture', lecture }, { type: 'open-editor', time: 42 });
    act(() => result.current.cancel());
    expect(result.current.editor).toBeNull();
    expect(post).toHaveBeenLastCalledWith({ type: 'editor-closed', saved: false, refocusPage: true });
  });

  it('asked for from the UI: closing keeps focus in the UI, on Add note', async () => {
    const { result, emit, post, addButton } = editorHook();
    await emit({ type: 'lecture', lecture });
    act(() => result.current.request());
    expect(post).toHaveBeenLastCalledWith({ type: 'request-editor' });
    await emit({ type: 'open-editor', time: 42 });
    act(() => result.current.cancel());
    expect(post).toHaveBeenLastCalledWith({ type: 'editor-closed', saved: false, refocusPage: false });
    expect(document.activeElement).toBe(addButton.current);
  });

  it('saves the note, says so, closes, and loads the notes again', async () => {
    const { result, emit, post, report, refresh } = editorHook();
    await emit({ type: 'lecture', lecture }, { type: 'open-editor', time: 3725 });
    await act(() => result.current.save('Krebs cycle', 'question'));
    expect(await db.notes.toArray()).toMatchObject([{ lectureKey: lecture.key, time: 3725, kind: 'question' }]);
    expect(report).toHaveBeenLastCalledWith({ message: 'Saved at 1:02:05.' });
    expect(post).toHaveBeenLastCalledWith({ type: 'editor-closed', saved: true, refocusPage: true });
    expect(refresh).toHaveBeenCalledWith(lecture.key);
    expect(result.current.editor).toBeNull();
  });

  it('restores the draft offered back, and it is no longer offered', async () => {
    const { bridge } = fakeBridge();
    await bridge.send('draft/save', { lectureKey: lecture.key, text: 'half', time: 95, kind: 'question' });
    const { result, emit, post } = editorHook();
    await emit({ type: 'lecture', lecture });
    await waitFor(() => expect(result.current.draft.offered).not.toBeNull());
    act(() => result.current.restore());
    expect(result.current.editor).toEqual({ time: 95, text: 'half', kind: 'question' });
    expect(result.current.draft.offered).toBeNull();
    expect(post).toHaveBeenCalledWith({ type: 'editor-opened', time: 95 });
  });

  it('closes when the controller names another lecture', async () => {
    const { result, emit } = editorHook();
    await emit({ type: 'lecture', lecture }, { type: 'open-editor', time: 42 });
    await emit({ type: 'lecture', lecture: { ...lecture, key: 'url:https://x.edu/l2' } });
    expect(result.current.editor).toBeNull();
  });
});
