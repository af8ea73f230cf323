import { act, renderHook } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useFrameLecture } from '@/components/overlay/hooks/use-frame-lecture';
import { useFrameMessage } from '@/components/overlay/hooks/use-frame-message';
import type { ToFrame } from '@/utils/overlay/frame-messages';
import { fakeBridge, renderHookOnBridge } from '../fake-bridge';

const lecture = { key: 'url:https://x.edu/l1', title: 'L1', duration: 60, resumeAt: null };

describe('useFrameMessage', () => {
  it('subscribes once, hands each message to the latest render’s handler, and unsubscribes', async () => {
    const { bridge, emit } = fakeBridge();
    const listen = vi.spyOn(bridge, 'listen');
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender, unmount } = renderHook(({ onMessage }) => useFrameMessage(bridge, onMessage), {
      initialProps: { onMessage: first },
    });
    rerender({ onMessage: latest });
    const message: ToFrame = { type: 'playback', time: 3, paused: false };
    await emit(message);
    expect(listen).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith(message);
    act(() => unmount());
    await emit(message);
    expect(latest).toHaveBeenCalledTimes(1);
  });
});

describe('useFrameLecture', () => {
  it('is the lecture the controller names last', async () => {
    const { result, emit } = renderHookOnBridge(useFrameLecture);
    expect(result.current).toBeNull();
    await emit({ type: 'lecture', lecture });
    expect(result.current).toEqual(lecture);
    await emit({ type: 'lecture', lecture: null });
    expect(result.current).toBeNull();
  });
});
