import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SPEED_SHOWN_MS } from '@/components/overlay/hooks/use-speed';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import type { FrameLecture } from '@/utils/overlay/frame-messages';
import { renderOnBridge } from './fake-bridge';

const lecture: FrameLecture = { key: 'url:https://example.edu/l1', title: 'L1', duration: 600, resumeAt: null };

const mount = () => renderOnBridge((bridge) => <OverlayApp bridge={bridge} />);
const speedLine = () => document.querySelector('.bar .speed');

afterEach(() => {
  vi.useRealTimers();
});

describe('the speed in the strip (OverlayBar)', () => {
  it('is there for screen readers and on hover, but not shown, until it changes', async () => {
    const { emit } = mount();
    await emit({ type: 'lecture', lecture }, { type: 'speed', rate: 1.5, changed: false });
    await screen.findByRole('button', { name: 'Add note' });
    expect(speedLine()?.textContent).toBe('Speed 1.5×');
    expect(speedLine()?.getAttribute('aria-live')).toBe('polite');
    expect(speedLine()?.classList.contains('fresh')).toBe(false);
  });

  it('shows a change for a moment (announced), then only on hover', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { emit } = mount();
    await emit({ type: 'lecture', lecture }, { type: 'speed', rate: 1, changed: false });
    await emit({ type: 'speed', rate: 1.25, changed: true });
    expect(speedLine()?.textContent).toBe('Speed 1.25×');
    expect(speedLine()?.classList.contains('fresh')).toBe(true);
    await vi.advanceTimersByTimeAsync(SPEED_SHOWN_MS / 2);
    // Another change keeps it shown from then on.
    await emit({ type: 'speed', rate: 1.5, changed: true });
    await vi.advanceTimersByTimeAsync(SPEED_SHOWN_MS / 2 + 100);
    expect(speedLine()?.textContent).toBe('Speed 1.5×');
    expect(speedLine()?.classList.contains('fresh')).toBe(true);
    await vi.advanceTimersByTimeAsync(SPEED_SHOWN_MS);
    expect(speedLine()?.classList.contains('fresh')).toBe(false);
    expect(speedLine()?.textContent).toBe('Speed 1.5×');
  });

  it('has nothing to say before the page side tells it a speed', async () => {
    const { emit } = mount();
    await emit({ type: 'lecture', lecture });
    await screen.findByRole('button', { name: 'Add note' });
    expect(speedLine()).toBeNull();
  });
});
