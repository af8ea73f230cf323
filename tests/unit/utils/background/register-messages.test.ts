import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerClosedTabCleanup } from '@/utils/background/closed-tabs';
import { registerMessageHandlers } from '@/utils/background/register-messages';
import { db } from '@/utils/db/database';
import type { MessageSender } from '@/utils/protocol/messages';

const lectureUrl = 'https://example.edu/lecture/1';
const key = `url:${lectureUrl}`;
const sighting = { key, platform: 'generic', title: 'L1', site: 'example.edu', url: lectureUrl, duration: 600 };
const note = { lectureKey: key, time: 5, kind: 'note', text: 'Mine' };

/** A content script in tab 7, frame `frameId`, at `url`: all a hostile page's script could claim. */
const content = (frameId = 0, url = lectureUrl): MessageSender => ({
  id: browser.runtime.id,
  url,
  tab: { id: 7, url: lectureUrl },
  frameId,
});
const page = (): MessageSender => ({ id: browser.runtime.id, url: browser.runtime.getURL('/overlay-frame.html') });

/** What the background answers, through the listener it registers. */
async function send(type: string, payload: unknown, sender: MessageSender) {
  const [reply] = (await fakeBrowser.runtime.onMessage.trigger({ type, payload }, sender as never)) as unknown[];
  return reply as { ok: boolean; error?: string; data?: unknown };
}

beforeEach(() => {
  registerMessageHandlers();
  registerClosedTabCleanup();
});

describe('the background answers each message only from who may send it', () => {
  it.each([
    ['note/add', note],
    ['note/list', { lectureKey: key }],
    ['note/delete', { id: crypto.randomUUID() }],
    ['draft/get', { lectureKey: key }],
    ['draft/save', { lectureKey: key, text: 'typed', time: 1, kind: 'note' }],
    ['prompts/answer', { lectureKey: key, segment: [0, 60], covered: [[0, 60]], text: 'x', confidence: null }],
    ['timer/start', {}],
    ['lecture/open-at', { key, time: 1 }],
    ['library/due-count', {}],
    // It would make the background send a password to a server the page names.
    ['sync/test-connection', { url: 'https://evil.example/', user: 'a', password: 'b', folder: 'L/', passphrase: '' }],
  ])("refuses %s from a content script, even its lecture's frame, and touches nothing", async (type, payload) => {
    await send('lecture/seen', sighting, content());
    await db.notes.add({ ...note, id: crypto.randomUUID(), kind: 'note', tags: [], createdAt: 1, updatedAt: 1 });
    const before = { notes: await db.notes.toArray(), storage: await fakeBrowser.storage.local.get(null) };
    const reply = await send(type, payload, content());
    expect(reply).toEqual({ ok: false, error: `Lectern: ${type} is accepted only from Lectern's own pages.` });
    expect({ notes: await db.notes.toArray(), storage: await fakeBrowser.storage.local.get(null) }).toEqual(before);
  });

  it.each([
    ['lecture/seen', sighting],
    ['lecture/progress', { key, position: 30, watched: [[0, 30]] }],
    ['prompts/outcome', { lectureKey: key, outcome: 'skipped', covered: [[0, 60]] }],
  ])('refuses %s from an extension page', async (type, payload) => {
    const reply = await send(type, payload, page());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/accepted only from the frame's content script/) });
    expect(await db.lectures.count()).toBe(0);
  });

  it('refuses a sender whose URL it does not know', async () => {
    const reply = await send('note/list', { lectureKey: key }, { id: browser.runtime.id, tab: { id: 7 } });
    expect(reply.ok).toBe(false);
  });

  it('lets a content script report only on the lecture its own frame showed', async () => {
    await send('lecture/seen', sighting, content());
    const progress = { key, position: 30, watched: [[0, 30]] };
    expect(await send('lecture/progress', progress, content())).toMatchObject({ ok: true });
    expect(await send('prompts/history', { lectureKey: key }, content())).toMatchObject({ ok: true });

    const other = { ...progress, key: 'youtube:dQw4w9WgXcQ' };
    const elsewhere = await send('lecture/progress', other, content());
    expect(elsewhere).toEqual({
      ok: false,
      error: 'Lectern: lecture/progress names a lecture this frame has not shown.',
    });
    // Another frame of the same tab (an ad, a hostile iframe) did not show this lecture.
    const ad = await send('prompts/outcome', { lectureKey: key, outcome: 'skipped', covered: [[0, 600]] }, content(4));
    expect(ad).toMatchObject({ ok: false, error: expect.stringMatching(/has not shown/) });
    expect((await db.lectures.get(key))?.prompts).toBeUndefined();
    expect((await db.lectures.get(key))?.lastPosition).toBe(30);
  });

  it("takes a closing tab's last report on its lecture (it arrives after the tab is gone)", async () => {
    await send('lecture/seen', sighting, content());
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 0, isWindowClosing: false });
    const reply = await send('lecture/progress', { key, position: 40, watched: [] }, content());
    expect(reply).toMatchObject({ ok: true, data: { lecture: { lastPosition: 40 } } });
  });

  it("forgets a closed tab's lectures a minute after it closed (once another lecture is seen)", async () => {
    await send('lecture/seen', sighting, content());
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 0, isWindowClosing: false });
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ['Date'] });
    try {
      const elsewhere = { id: browser.runtime.id, url: lectureUrl, tab: { id: 8, url: lectureUrl }, frameId: 0 };
      await send('lecture/seen', sighting, elsewhere);
      const reply = await send('lecture/progress', { key, position: 50, watched: [] }, content());
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/has not shown/) });
      expect(await send('lecture/progress', { key, position: 50, watched: [] }, elsewhere)).toMatchObject({ ok: true });
    } finally {
      vi.useRealTimers();
    }
  });
});
