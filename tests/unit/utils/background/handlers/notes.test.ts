import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageSender, senderFor } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { db } from '@/utils/db/database';
import type { Note } from '@/utils/model/notes';
import type { MessageSender, MessageType } from '@/utils/protocol/messages';

const lectureKey = 'url:https://example.edu/lecture/1';

async function send(type: MessageType, payload: unknown, from: MessageSender = senderFor(type)) {
  return answerMessage({ type, payload }, from);
}

async function added(text = 'Mitochondria #energy') {
  const reply = await send('note/add', { lectureKey, time: 754.2, kind: 'note', text });
  if (!reply.ok) throw new Error(reply.error);
  return (reply.data as { note: Note }).note;
}

describe('note handlers', () => {
  it('adds a note durably, lists it, edits, deletes and restores it', async () => {
    const note = await added();
    expect(note).toMatchObject({ lectureKey, time: 754.2, kind: 'note', tags: ['energy'] });
    expect(await db.notes.get(note.id)).toEqual(note);

    const updated = await send('note/update', { id: note.id, changes: { text: 'ATP #cells', kind: 'question' } });
    expect(updated).toMatchObject({
      ok: true,
      data: { note: { text: 'ATP #cells', kind: 'question', tags: ['cells'] } },
    });

    const removed = await send('note/delete', { id: note.id });
    expect(await db.notes.count()).toBe(0);
    const restored = await send('note/restore', { note: (removed as { data: { note: Note } }).data.note });
    expect(restored.ok).toBe(true);
    const listed = await send('note/list', { lectureKey });
    expect(listed).toMatchObject({ ok: true, data: { notes: [{ id: note.id, text: 'ATP #cells' }] } });
  });

  it('says so when a note to edit is gone', async () => {
    const reply = await send('note/update', { id: crypto.randomUUID(), changes: { text: 'x' } });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/no longer exists/) });
  });

  it.each<[string, MessageType, unknown]>([
    ['empty text', 'note/add', { lectureKey, time: 1, kind: 'note', text: '   ' }],
    ['text over the cap', 'note/add', { lectureKey, time: 1, kind: 'note', text: 'x'.repeat(10_001) }],
    ['a NaN time', 'note/add', { lectureKey, time: Number.NaN, kind: 'note', text: 'a' }],
    ['an infinite time', 'note/add', { lectureKey, time: Number.POSITIVE_INFINITY, kind: 'note', text: 'a' }],
    ['a negative time', 'note/add', { lectureKey, time: -1, kind: 'note', text: 'a' }],
    ['a time as a string', 'note/add', { lectureKey, time: '12', kind: 'note', text: 'a' }],
    ['an unknown kind', 'note/add', { lectureKey, time: 1, kind: 'admin', text: 'a' }],
    ['a recall from the editor', 'note/add', { lectureKey, time: 1, kind: 'recall', text: 'a' }],
    ['an extra field', 'note/add', { lectureKey, time: 1, kind: 'note', text: 'a', id: 'mine' }],
    ['an empty lecture key', 'note/add', { lectureKey: '', time: 1, kind: 'note', text: 'a' }],
    ['a non-UUID id', 'note/update', { id: '../../etc', changes: { text: 'a' } }],
    ['an extra change', 'note/update', { id: crypto.randomUUID(), changes: { lectureKey: 'other' } }],
    ['a non-UUID delete', 'note/delete', { id: 42 }],
    ['a restore without an id', 'note/restore', { note: { lectureKey, time: 1, kind: 'note', text: 'a' } }],
    ['a backwards range', 'lecture/progress', { key: lectureKey, position: 5, watched: [[10, 2]] }],
    ['a NaN position', 'lecture/progress', { key: lectureKey, position: Number.NaN, watched: [] }],
    ['a draft over the cap', 'draft/save', { lectureKey, text: 'x'.repeat(10_001), time: 1, kind: 'note' }],
  ])('rejects %s with a clear error and writes nothing', async (_name, type, payload) => {
    const reply = await send(type, payload);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(new RegExp(`^Lectern: invalid ${type} message`));
    expect(await db.notes.count()).toBe(0);
    expect(await db.lectures.count()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await db.drafts.count()).toBe(0);
  });

  it('records progress: last position and merged watched ranges', async () => {
    await send('lecture/seen', {
      key: lectureKey,
      platform: 'generic',
      title: 'L1',
      site: 'example.edu',
      url: 'https://example.edu/lecture/1',
      duration: 600,
    });
    await send('lecture/progress', { key: lectureKey, position: 30, watched: [[0, 30]] });
    const reply = await send('lecture/progress', {
      key: lectureKey,
      position: 70,
      watched: [
        [29.5, 40],
        [50, 70],
      ],
    });
    expect(reply).toMatchObject({
      ok: true,
      data: {
        lecture: {
          lastPosition: 70,
          watched: [
            [0, 40],
            [50, 70],
          ],
        },
      },
    });
  });

  it('records a live stream past a week long: its progress and a note at that time', async () => {
    const week = 7 * 24 * 3600;
    const live = { key: lectureKey, platform: 'generic', title: 'Live', site: 'example.edu', duration: null };
    await send('lecture/seen', { ...live, url: 'https://example.edu/lecture/1' });
    const progress = await send('lecture/progress', {
      key: lectureKey,
      position: week + 60,
      watched: [[week, week + 60]],
    });
    expect(progress).toMatchObject({ ok: true, data: { lecture: { lastPosition: week + 60 } } });
    const reply = await send('note/add', { lectureKey, time: week + 30, kind: 'note', text: 'still live' });
    expect(reply).toMatchObject({ ok: true, data: { note: { time: week + 30 } } });
  });

  it('keeps a draft per lecture until it is cleared; empty text clears it', async () => {
    await send('draft/save', { lectureKey, text: 'half a thought', time: 12, kind: 'question' });
    expect(await send('draft/get', { lectureKey })).toMatchObject({
      ok: true,
      data: { draft: { text: 'half a thought', time: 12, kind: 'question' } },
    });
    expect(await send('draft/get', { lectureKey: 'other' })).toEqual({ ok: true, data: { draft: null } });
    await send('draft/save', { lectureKey, text: '', time: 12, kind: 'note' });
    expect(await send('draft/get', { lectureKey })).toEqual({ ok: true, data: { draft: null } });
    await send('draft/save', { lectureKey, text: 'again', time: 12, kind: 'note' });
    await send('draft/clear', { lectureKey });
    expect(await send('draft/get', { lectureKey })).toEqual({ ok: true, data: { draft: null } });
  });

  it('keeps one draft per tab: a note saved in one tab leaves the other tab’s draft', async () => {
    const [a, b] = await Promise.all([fakeBrowser.tabs.create({}), fakeBrowser.tabs.create({})]);
    const tabA = { ...pageSender('/overlay-frame.html'), tab: { id: a.id } };
    const tabB = { ...pageSender('/overlay-frame.html'), tab: { id: b.id } };
    await send('draft/save', { lectureKey, text: 'typed in A', time: 12, kind: 'note' }, tabA);
    await send('draft/save', { lectureKey, text: 'typed in B', time: 40, kind: 'question' }, tabB);
    expect(await send('draft/get', { lectureKey }, tabA)).toMatchObject({ data: { draft: { text: 'typed in A' } } });
    await send('draft/clear', { lectureKey }, tabA);
    expect(await send('draft/get', { lectureKey }, tabB)).toMatchObject({ data: { draft: { text: 'typed in B' } } });
    expect(await send('draft/get', { lectureKey }, tabA)).toEqual({ ok: true, data: { draft: null } });
    // Kept out of storage.local, which content scripts can read.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
