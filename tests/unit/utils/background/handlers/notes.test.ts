import { describe, expect, it, vi } from 'vitest';
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

    const updated = await send('note/update', {
      id: note.id,
      updatedAt: note.updatedAt,
      changes: { text: 'ATP #cells', kind: 'question' },
    });
    expect(updated).toMatchObject({
      ok: true,
      data: { note: { text: 'ATP #cells', kind: 'question', tags: ['cells'] } },
    });

    await send('note/delete', { id: note.id });
    expect(await db.notes.count()).toBe(0);
    const restored = await send('note/restore', { id: note.id });
    expect(restored.ok).toBe(true);
    const listed = await send('note/list', { lectureKey });
    expect(listed).toMatchObject({ ok: true, data: { notes: [{ id: note.id, text: 'ATP #cells' }] } });
  });

  it('says so when a note to edit is gone', async () => {
    const reply = await send('note/update', { id: crypto.randomUUID(), updatedAt: 1, changes: { text: 'x' } });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/no longer exists/) });
  });

  it('refuses an edit made on an older version of the note (another tab changed it) and keeps that change', async () => {
    const note = await added('First #one');
    const first = await send('note/update', { id: note.id, updatedAt: note.updatedAt, changes: { text: 'Tab A' } });
    expect(first.ok).toBe(true);
    // Tab B still shows the note as it was read before tab A's edit.
    const stale = await send('note/update', { id: note.id, updatedAt: note.updatedAt, changes: { text: 'Tab B' } });
    expect(stale).toEqual({
      ok: false,
      error: 'Lectern could not note/update: This note was changed in another tab; reload to see it.',
    });
    expect((await db.notes.get(note.id))?.text).toBe('Tab A');
  });

  it('restores a deleted imported note by its id, exactly as storage held it (its id need not be a UUID)', async () => {
    const imported: Note = {
      id: 'imported-note-7',
      lectureKey,
      time: 5 * 24 * 3600,
      kind: 'question',
      text: `Why ${'x'.repeat(9_990)}`,
      tags: ['from-backup'],
      answered: true,
      reviewDue: 5,
      createdAt: 1,
      updatedAt: 2,
    };
    await db.notes.add(imported);
    expect(await send('note/delete', { id: imported.id })).toMatchObject({ ok: true, data: { note: imported } });
    expect(await db.notes.count()).toBe(0);
    expect(await send('note/restore', { id: imported.id })).toEqual({ ok: true, data: { note: imported } });
    expect(await db.notes.get(imported.id)).toEqual(imported);
    // Restored once: a second Undo has nothing left to restore.
    expect(await send('note/restore', { id: imported.id })).toMatchObject({ ok: false });
  });

  it('keeps the caption said before the note, through an edit', async () => {
    const caption = 'the Krebs cycle turns twice per glucose';
    const reply = await send('note/add', { lectureKey, time: 12, kind: 'note', text: 'Krebs x2', caption });
    if (!reply.ok) throw new Error(reply.error);
    const { note } = reply.data as { note: Note };
    expect((await db.notes.get(note.id))?.caption).toBe(caption);
    await send('note/update', { id: note.id, updatedAt: note.updatedAt, changes: { text: 'Krebs twice' } });
    expect(await db.notes.get(note.id)).toMatchObject({ text: 'Krebs twice', caption });
  });

  it('restores only what the background kept: a made-up note is not written', async () => {
    const reply = await send('note/restore', { id: 'never-deleted' });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/too long ago/) });
    expect(await db.notes.count()).toBe(0);
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
    ['a caption over the cap', 'note/add', { lectureKey, time: 1, kind: 'note', text: 'a', caption: 'x'.repeat(1001) }],
    ['an empty caption', 'note/add', { lectureKey, time: 1, kind: 'note', text: 'a', caption: '' }],
    ['a caption that is not text', 'note/add', { lectureKey, time: 1, kind: 'note', text: 'a', caption: ['a'] }],
    ['an empty lecture key', 'note/add', { lectureKey: '', time: 1, kind: 'note', text: 'a' }],
    ['an empty id', 'note/update', { id: '', updatedAt: 1, changes: { text: 'a' } }],
    ['an edit without the version it was made on', 'note/update', { id: crypto.randomUUID(), changes: { text: 'a' } }],
    ['an extra change', 'note/update', { id: crypto.randomUUID(), updatedAt: 1, changes: { lectureKey: 'other' } }],
    ['a number as the id to delete', 'note/delete', { id: 42 }],
    ['a restore of a whole note', 'note/restore', { note: { lectureKey, time: 1, kind: 'note', text: 'a' } }],
    ['a backwards range', 'lecture/progress', { key: lectureKey, position: 5, watched: [[10, 2]] }],
    ['a NaN position', 'lecture/progress', { key: lectureKey, position: Number.NaN, watched: [] }],
    [
      'more lecture played than 16× plays in that time',
      'lecture/progress',
      { key: lectureKey, position: 5, watched: [], played: { lecture: 100, wall: 5 } },
    ],
    [
      'over an hour of playing in one report',
      'lecture/progress',
      { key: lectureKey, position: 5, watched: [], played: { lecture: 4000, wall: 4000 } },
    ],
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

  it('adds the lecture and wall-clock seconds played to the lecture’s day (time saved by speed)', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-02T10:00:00'), toFake: ['Date'] });
    try {
      const site = { platform: 'generic', title: 'L1', site: 'example.edu', duration: 600 };
      await send('lecture/seen', { key: lectureKey, ...site, url: 'https://example.edu/lecture/1' });
      await send('lecture/progress', {
        key: lectureKey,
        position: 16,
        watched: [[0, 16]],
        played: { lecture: 16, wall: 8 },
      });
      await send('lecture/progress', {
        key: lectureKey,
        position: 32,
        watched: [[16, 32]],
        played: { lecture: 16, wall: 8 },
      });
      await send('lecture/progress', { key: lectureKey, position: 40, watched: [] });
      expect((await db.lectures.get(lectureKey))?.playTime).toEqual({ '2026-12-02': { lecture: 32, wall: 16 } });
    } finally {
      vi.useRealTimers();
    }
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
