import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { reportProgress } from '@/utils/overlay/progress-reporter';
import { PROGRESS_PORT } from '@/utils/protocol/port-names';

const key = 'url:https://x.edu/l1';

/** The lecture frame's ports, as the reporter opens them (the fake browser has none). */
function fakePorts() {
  const opened: { name: string; posted: Record<string, unknown>[]; disconnect: () => void; drop: () => void }[] = [];
  vi.spyOn(browser.runtime, 'connect').mockImplementation(((info: { name: string }) => {
    const listeners: (() => void)[] = [];
    const port = {
      name: info.name,
      posted: [] as Record<string, unknown>[],
      postMessage: (message: Record<string, unknown>) => port.posted.push(message),
      disconnect: vi.fn(),
      onDisconnect: { addListener: (listener: () => void) => listeners.push(listener) },
      /** The browser closed it (the MV3 worker stopped). */
      drop: () => {
        for (const listener of listeners) listener();
      },
    };
    opened.push(port);
    return port;
  }) as never);
  return opened;
}

/** A playing video whose time the test moves, a quarter second per time update. */
function playingVideo() {
  const video = document.createElement('video');
  let time = 0;
  Object.defineProperties(video, {
    currentTime: { get: () => time },
    paused: { value: false },
    seeking: { value: false },
    playbackRate: { value: 1 },
  });
  const playTo = (until: number) => {
    while (time < until) {
      time = Math.round((time + 0.25) * 100) / 100;
      video.dispatchEvent(new Event('timeupdate'));
    }
  };
  return { video, playTo };
}

const played = (messages: Record<string, unknown>[]) =>
  messages.reduce((sum, message) => sum + ((message.played as { lecture: number } | undefined)?.lecture ?? 0), 0);

describe('the progress reporter', () => {
  it('holds what is not yet stored on a port about every half second, and stores every ~8 s on the same port', async () => {
    const ports = fakePorts();
    const sent = vi.spyOn(browser.runtime, 'sendMessage');
    const { video, playTo } = playingVideo();
    reportProgress(video, key, new AbortController().signal);
    playTo(3);
    expect(ports.map((port) => port.name)).toEqual([PROGRESS_PORT]);
    const holds = ports[0]?.posted ?? [];
    expect(holds.length).toBeGreaterThanOrEqual(5);
    expect(holds.every((message) => message.store === false && message.key === key)).toBe(true);
    // Held at 0.25, 0.75, … 2.75: every half second of playback.
    expect(holds.at(-1)).toMatchObject({ position: 2.75, watched: [[0.25, 2.75]] });

    playTo(9);
    const stores = (ports[0]?.posted ?? []).filter((message) => message.store);
    expect(stores).toHaveLength(1);
    expect(stores[0]).toMatchObject({ watched: [[0.25, 8.25]] });
    // After the store, holds carry only what came since.
    expect(ports[0]?.posted.at(-1)).toMatchObject({ store: false, watched: [[8.25, 8.75]] });
    expect(sent).not.toHaveBeenCalled();
  });

  it('stores on page hide on the port, and closes it when the watch ends', async () => {
    const ports = fakePorts();
    const { video, playTo } = playingVideo();
    const watch = new AbortController();
    reportProgress(video, key, watch.signal);
    playTo(4);
    dispatchEvent(new Event('pagehide'));
    expect(ports[0]?.posted.at(-1)).toMatchObject({ store: true, position: 4, watched: [[0.25, 4]] });
    watch.abort();
    expect(ports[0]?.disconnect).toHaveBeenCalled();
  });

  it('loses nothing when the worker stops and takes the port with what it held: the next store carries it', async () => {
    const ports = fakePorts();
    const sent = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, data: { lecture: null } } as never);
    const { video, playTo } = playingVideo();
    reportProgress(video, key, new AbortController().signal);
    playTo(5);
    ports[0]?.drop();
    // Paused before anything else was held: no port is open, so the store goes as a message.
    video.dispatchEvent(new Event('pause'));
    expect(sent).toHaveBeenCalledTimes(1);
    const [message] = sent.mock.calls[0] as unknown as [{ type: string; payload: Record<string, unknown> }];
    expect(message.type).toBe('lecture/progress');
    expect(message.payload).toMatchObject({ key, position: 5, watched: [[0.25, 5]] });
    expect(played([message.payload])).toBeCloseTo(4.75);

    // Playing on opens a new port; what it holds starts after what was stored.
    playTo(6);
    expect(ports).toHaveLength(2);
    expect(ports[1]?.posted.at(-1)).toMatchObject({ store: false, position: 6 });
    expect(played([ports[1]?.posted.at(-1) ?? {}])).toBeLessThanOrEqual(1);
  });
});
