import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentSender, lectureFrameSender, pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { registerClosedTabCleanup } from '@/utils/background/closed-tabs';
import { acceptProgressPort, type ProgressPort } from '@/utils/background/progress-ports';
import { answerMessage, backgroundTrust } from '@/utils/background/register-messages';
import { db } from '@/utils/db/database';
import type { MessageSender } from '@/utils/protocol/messages';
import { PROGRESS_PORT } from '@/utils/protocol/port-names';

const url = 'https://example.edu/lecture/1';
const key = `url:${url}`;
const sighting = { key, platform: 'generic', title: 'L1', site: 'example.edu', url, duration: 600 };

/**
 * A runtime port the lecture frame opened, as the background's end sees it (the fake browser has
 * no ports): `post` and `close` resolve once the background handled them.
 */
function openPort(sender: MessageSender = lectureFrameSender(), name: string = PROGRESS_PORT) {
  const onMessage: ((message: unknown) => unknown)[] = [];
  const onDisconnect: (() => unknown)[] = [];
  const port: ProgressPort = {
    name,
    sender,
    onMessage: { addListener: (listener) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener) => onDisconnect.push(listener) },
    disconnect: vi.fn(),
  };
  acceptProgressPort(port, backgroundTrust());
  return {
    port,
    post: async (message: unknown) => {
      await Promise.all(onMessage.map((listener) => listener(message)));
    },
    close: async () => {
      await Promise.all(onDisconnect.map((listener) => listener()));
    },
  };
}

/** The lecture frame's content script named its lecture (as the identity script does). */
async function seen(sender: MessageSender = lectureFrameSender()) {
  const reply = await answerMessage({ type: 'lecture/seen', payload: sighting }, sender);
  if (!reply.ok) throw new Error(reply.error);
}

const stored = async () => {
  const lecture = await db.lectures.get(key);
  const playTime = Object.values(lecture?.playTime ?? {});
  return {
    position: lecture?.lastPosition,
    watched: lecture?.watched,
    played: playTime.reduce((sum, day) => sum + day.lecture, 0),
  };
};

const report = (position: number, start: number, played?: number, store = false) => ({
  key,
  position,
  watched: [[start, position]],
  played: played === undefined ? undefined : { lecture: played, wall: played },
  store,
});

describe('the progress port', () => {
  it('holds the latest report without storing it, and stores it when the port closes (the tab closed)', async () => {
    await seen();
    const { post, close } = openPort();
    await post(report(9, 8, 1));
    await post(report(10.5, 8, 2.5));
    expect(await stored()).toEqual({ position: 0, watched: [], played: 0 });
    await close();
    expect(await stored()).toEqual({ position: 10.5, watched: [[8, 10.5]], played: 2.5 });
  });

  it('stores a report marked `store` at once, and counts nothing twice when the port then closes', async () => {
    await seen();
    const { post, close } = openPort();
    await post(report(4, 0, 4));
    await post(report(8, 0, 8, true));
    expect(await stored()).toEqual({ position: 8, watched: [[0, 8]], played: 8 });
    await close();
    expect(await stored()).toEqual({ position: 8, watched: [[0, 8]], played: 8 });

    // After a stored report, holds carry only what came since: stored once, on close.
    const second = openPort();
    await second.post(report(12, 8, 4, true));
    await second.post(report(13, 12, 1));
    await second.post(report(14, 12, 2));
    await second.close();
    expect(await stored()).toEqual({ position: 14, watched: [[0, 14]], played: 14 });
  });

  it('stores nothing on close when nothing was held since the last stored report', async () => {
    await seen();
    const { post, close } = openPort();
    await post(report(8, 0, 8, true));
    await close();
    await close();
    expect((await stored()).played).toBe(8);
  });

  it.each([
    ['not an object', 'lecture/progress'],
    ['a NaN position', { ...report(5, 0), position: Number.NaN }],
    ['a backwards range', { ...report(5, 0), watched: [[10, 2]] }],
    ['an extra field', { ...report(5, 0), note: 'x' }],
    ['no store flag', { key, position: 5, watched: [] }],
    ['a store flag that is not a boolean', { ...report(5, 0), store: 'yes' }],
    ['over an hour played in one report', report(5, 0, 4000)],
    ['more lecture than 16× plays in that time', { ...report(5, 0), played: { lecture: 100, wall: 5 } }],
    ['another lecture than its frame showed', { ...report(5, 0), key: 'youtube:dQw4w9WgXcQ' }],
  ])('ignores %s: keeps what it held before, stores nothing of it', async (_name, hostile) => {
    await seen();
    const { post, close } = openPort();
    await post(report(3, 0, 3));
    await post(hostile);
    // The same, to be stored at once (where it has a valid flag to flip).
    if (typeof (hostile as { store?: unknown }).store === 'boolean')
      await post({ ...(hostile as object), store: true });
    expect(await stored()).toEqual({ position: 0, watched: [], played: 0 });
    await close();
    expect(await stored()).toEqual({ position: 3, watched: [[0, 3]], played: 3 });
    expect(await db.lectures.count()).toBe(1);
  });

  it.each([
    ["one of Lectern's pages", pageSender('/overlay-frame.html')],
    ['another extension', { ...lectureFrameSender(), id: 'someone-else' }],
    ['a sender without a URL', { id: browser.runtime.id, tab: { id: 1 }, frameId: 0 }],
  ])('is refused to %s: closed at once, nothing it posts is kept', async (_name, sender) => {
    await seen();
    const { port, post, close } = openPort(sender);
    expect(port.disconnect).toHaveBeenCalled();
    await post(report(30, 0, 30, true));
    await close();
    expect(await stored()).toEqual({ position: 0, watched: [], played: 0 });
  });

  it('closes a port of another name', async () => {
    const { port } = openPort(lectureFrameSender(), 'lecture/progress');
    expect(port.disconnect).toHaveBeenCalled();
  });

  it("ignores another frame's reports on this lecture (an ad or hostile iframe of the same tab)", async () => {
    await seen();
    const { post, close } = openPort(contentSender(1, 4, 'https://ads.example/'));
    await post(report(30, 0, 30, true));
    await post(report(31, 0, 31));
    await close();
    expect(await stored()).toEqual({ position: 0, watched: [], played: 0 });
  });

  it('stores the last report of a tab the background already forgot (it closed before the port did)', async () => {
    registerClosedTabCleanup();
    await seen();
    const { post, close } = openPort();
    await post(report(2, 0, 2));
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 0, isWindowClosing: false });
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ['Date'] });
    try {
      // Another lecture seen elsewhere: the closed tab's frames are forgotten after their grace.
      await seen(contentSender(2, 0, url));
      expect(await backgroundTrust().lecturesOfFrame(1, 0)).toEqual([]);
      await post(report(3, 0, 3));
      await close();
    } finally {
      vi.useRealTimers();
    }
    expect(await stored()).toEqual({ position: 3, watched: [[0, 3]], played: 3 });
  });
});
