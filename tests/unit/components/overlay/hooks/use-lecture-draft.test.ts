import { act, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLectureDraft } from '@/components/overlay/hooks/use-lecture-draft';
import { db } from '@/utils/db/database';
import type { Draft } from '@/utils/model/drafts';
import { fakeBridge, renderHookOnBridge } from '../fake-bridge';

const lecture = { key: 'url:https://x.edu/l1', title: 'L1', duration: 3600, resumeAt: null };
/** The drafts kept for the lecture (the fake bridge sends from outside any tab: one slot). */
const storedDrafts = () => db.drafts.where('lectureKey').equals(lecture.key).toArray();

async function saveDraft(text: string) {
  const { bridge } = fakeBridge();
  await bridge.send('draft/save', { lectureKey: lecture.key, text, time: 95, kind: 'question' });
}

afterEach(() => {
  vi.useRealTimers();
});

const draftHook = () => renderHookOnBridge(useLectureDraft);

describe('useLectureDraft', () => {
  it('offers the lecture’s saved draft back, and discarding it clears it', async () => {
    await saveDraft('half a thought');
    const { result, emit } = draftHook();
    await emit({ type: 'lecture', lecture });
    await waitFor(() => expect(result.current.offered).toMatchObject({ text: 'half a thought', time: 95 }));
    act(() => result.current.discard(lecture.key));
    expect(result.current.offered).toBeNull();
    await waitFor(async () => expect(await storedDrafts()).toEqual([]));
  });

  it('drops a draft that loads after the next lecture was named', async () => {
    await saveDraft('half a thought');
    const { result, emit } = draftHook();
    await emit({ type: 'lecture', lecture }, { type: 'lecture', lecture: { ...lecture, key: 'url:https://x.edu/l2' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.offered).toBeNull();
  });

  it('hands the draft to an editor opened again instead of offering it', async () => {
    await saveDraft('half a thought');
    const { result, emit } = draftHook();
    const reclaimed = vi.fn<(saved: Draft | null) => void>();
    await emit({ type: 'lecture', lecture });
    act(() => result.current.reclaim(reclaimed));
    await waitFor(() => expect(reclaimed).toHaveBeenCalledWith(expect.objectContaining({ text: 'half a thought' })));
    expect(result.current.offered).toBeNull();
  });

  it('keeps what is typed a moment after the last change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { result } = draftHook();
    act(() => result.current.save({ lectureKey: lecture.key, time: 10, text: 'typ', kind: 'note' }));
    act(() => result.current.save({ lectureKey: lecture.key, time: 10, text: 'typing', kind: 'note' }));
    vi.advanceTimersByTime(300);
    vi.useRealTimers();
    await waitFor(async () => expect(await storedDrafts()).toMatchObject([{ text: 'typing', time: 10 }]));
  });

  it('once the note is saved, drops the pending save and the stored draft', async () => {
    await saveDraft('half a thought');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { result, bridge } = draftHook();
    const send = vi.spyOn(bridge, 'send');
    act(() => result.current.save({ lectureKey: lecture.key, time: 10, text: 'typing', kind: 'note' }));
    act(() => result.current.clear(lecture.key));
    vi.advanceTimersByTime(300);
    vi.useRealTimers();
    expect(send.mock.calls.map(([type]) => type)).toEqual(['draft/clear']);
    await waitFor(async () => expect(await storedDrafts()).toEqual([]));
  });
});
