import { afterEach, describe, expect, it, vi } from 'vitest';
import { parentOf, waitForControllerPort } from '@/utils/overlay/frame-connect';
import { CONNECT_MESSAGE } from '@/utils/overlay/frame-messages';

const TOKEN = 'a1'.repeat(16);

/** This page, framed at overlay-frame.html with `token` in its URL. */
function framedWith(token: string) {
  window.history.replaceState(null, '', `/overlay-frame.html#token=${token}`);
}

/** A connect message with `token` and a port (a stand-in that records being closed). */
function offerPort(token: string) {
  const port = { close: vi.fn() } as unknown as MessagePort;
  window.dispatchEvent(new MessageEvent('message', { data: { type: CONNECT_MESSAGE, token }, ports: [port] }));
  return port;
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('waitForControllerPort', () => {
  it('takes the port offered with its token once the background confirms the token is for here', async () => {
    framedWith(TOKEN);
    const confirm = vi.fn(async () => true);
    const connected = waitForControllerPort(window, confirm);
    offerPort('ff'.repeat(16));
    const port = offerPort(TOKEN);
    expect(await connected).toBe(port);
    expect(confirm).toHaveBeenCalledWith(TOKEN, window);
    expect(window.location.hash).toBe('');
  });

  it('connects no port when the background did not issue the token for this frame (a page framed it)', async () => {
    framedWith(TOKEN);
    let refuse = (_: boolean) => undefined as unknown;
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => (refuse = resolve)));
    const connected = vi.fn();
    void waitForControllerPort(window, confirm).then(connected);
    const port = offerPort(TOKEN);
    refuse(false);
    await vi.waitFor(() => expect(port.close).toHaveBeenCalled());
    expect(connected).not.toHaveBeenCalled();
  });

  it('asks nothing and connects nothing without a token in its URL', async () => {
    window.history.replaceState(null, '', '/overlay-frame.html');
    const confirm = vi.fn(async () => true);
    const connected = vi.fn();
    void waitForControllerPort(window, confirm).then(connected);
    offerPort('');
    await Promise.resolve();
    expect(confirm).not.toHaveBeenCalled();
    expect(connected).not.toHaveBeenCalled();
  });
});

describe('parentOf', () => {
  it('names the parent frame by id where the browser tells it (Firefox), else by origin', () => {
    expect(parentOf(window, () => 3)).toEqual({ parentFrameId: 3 });
    const withAncestors = { parent: window, location: { ancestorOrigins: ['https://lms.example.edu'] } };
    expect(parentOf(withAncestors as unknown as Window)).toEqual({ parentOrigin: 'https://lms.example.edu' });
    const failing = () => {
      throw new Error('no frame');
    };
    expect(parentOf(withAncestors as unknown as Window, failing)).toEqual({ parentOrigin: 'https://lms.example.edu' });
    expect(parentOf({ parent: window, location: {} } as unknown as Window)).toEqual({});
  });
});
