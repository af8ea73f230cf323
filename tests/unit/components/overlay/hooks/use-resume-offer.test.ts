import { act } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useResumeOffer } from '@/components/overlay/hooks/use-resume-offer';
import { renderHookOnBridge } from '../fake-bridge';

const lecture = { key: 'url:https://x.edu/l1', title: 'L1', duration: 3600, resumeAt: 754 };

const offer = () => renderHookOnBridge(useResumeOffer);

describe('useResumeOffer', () => {
  it('offers where the student left off, and seeks there', async () => {
    const { result, emit, post } = offer();
    await emit({ type: 'lecture', lecture });
    expect(result.current.at).toBe(754);
    act(() => result.current.resume());
    expect(post).toHaveBeenCalledWith({ type: 'seek', time: 754 });
    expect(result.current.at).toBeNull();
  });

  it('goes once playback gets within 2 s of it, not before', async () => {
    const { result, emit } = offer();
    await emit({ type: 'lecture', lecture });
    await emit({ type: 'playback', time: 751, paused: false });
    expect(result.current.at).toBe(754);
    await emit({ type: 'playback', time: 752.5, paused: false });
    expect(result.current.at).toBeNull();
  });

  it('goes when dismissed, and comes with the next lecture', async () => {
    const { result, emit, post } = offer();
    await emit({ type: 'lecture', lecture });
    act(() => result.current.dismiss());
    expect(result.current.at).toBeNull();
    expect(post).not.toHaveBeenCalled();
    await emit({ type: 'lecture', lecture: { ...lecture, key: 'url:https://x.edu/l2', resumeAt: 90 } });
    expect(result.current.at).toBe(90);
  });
});
