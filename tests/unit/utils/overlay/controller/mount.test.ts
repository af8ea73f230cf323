import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay, unmountOverlay } from '@/utils/overlay/controller/mount';
import { createOverlayState } from '@/utils/overlay/controller/state';
import { CONNECT_MESSAGE } from '@/utils/overlay/frame-messages';
import { sendMessage } from '@/utils/protocol/send';

vi.mock('@/utils/protocol/send', () => ({ sendMessage: vi.fn() }));
const issued = 'c3'.repeat(16);

beforeEach(() => {
  vi.mocked(sendMessage).mockReset();
});

describe('mountOverlay', () => {
  it('frames the UI with the token the background issued and hands its document a new port on every load', async () => {
    vi.mocked(sendMessage).mockResolvedValue({ token: issued });
    const state = createOverlayState();
    const onLoad = vi.fn();
    const onMessage = vi.fn();
    const scope = new AbortController();
    // happy-dom loads no frames (it logs that it did not): the load events are the test's.
    expect(await mountOverlay(state, { onLoad, onMessage, signal: scope.signal })).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith('overlay/issue-token', {});
    const ui = state.ui;
    if (!ui) throw new Error('not mounted');
    const token = new URL(ui.host.iframe.src).hash.replace('#token=', '');
    expect(token).toBe(issued);
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

  it('mounts nothing without a token from the background, or once the script was orphaned', async () => {
    const options = { onLoad: vi.fn(), onMessage: vi.fn(), signal: new AbortController().signal };
    vi.mocked(sendMessage).mockRejectedValue(new Error('only a page’s overlay may ask for a token'));
    const state = createOverlayState();
    expect(await mountOverlay(state, options)).toBe(false);
    vi.mocked(sendMessage).mockResolvedValue({ token: issued });
    const orphaned = new AbortController();
    orphaned.abort();
    expect(await mountOverlay(state, { ...options, signal: orphaned.signal })).toBe(false);
    expect(state.ui).toBeNull();
  });
});
