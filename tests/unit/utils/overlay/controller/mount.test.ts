import { describe, expect, it, vi } from 'vitest';
import { mountOverlay, randomToken, unmountOverlay } from '@/utils/overlay/controller/mount';
import { createOverlayState } from '@/utils/overlay/controller/state';
import { CONNECT_MESSAGE } from '@/utils/overlay/frame-messages';

describe('mountOverlay', () => {
  it('frames the UI with a one-time token and hands its document a new port on every load', () => {
    const state = createOverlayState();
    const onLoad = vi.fn();
    const onMessage = vi.fn();
    const scope = new AbortController();
    // happy-dom loads no frames (it logs that it did not): the load events are the test's.
    mountOverlay(state, { onLoad, onMessage, signal: scope.signal });
    const ui = state.ui;
    if (!ui) throw new Error('not mounted');
    const token = new URL(ui.host.iframe.src).hash.replace('#token=', '');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(ui.host.host.isConnected).toBe(true);

    const handOver = vi.fn();
    Object.defineProperty(ui.host.iframe, 'contentWindow', { value: { postMessage: handOver } });
    const firstPort = ui.port;
    ui.ready = true;
    ui.host.iframe.dispatchEvent(new Event('load'));
    expect(onLoad).toHaveBeenCalledTimes(1);
    expect(ui.ready).toBe(false);
    expect(ui.port).not.toBe(firstPort);
    const [message, origin, transfer] = handOver.mock.calls[0] ?? [];
    expect(message).toEqual({ type: CONNECT_MESSAGE, token });
    expect(origin).toBe('chrome-extension://test-extension-id');
    expect(transfer).toHaveLength(1);

    scope.abort();
    ui.host.iframe.dispatchEvent(new Event('load'));
    expect(onLoad).toHaveBeenCalledTimes(1);
    unmountOverlay(state);
    expect(ui.host.host.isConnected).toBe(false);
  });
});

describe('randomToken', () => {
  it('is 128 random bits in hex, different each time', () => {
    expect(randomToken()).toMatch(/^[0-9a-f]{32}$/);
    expect(randomToken()).not.toBe(randomToken());
  });
});
