import { describe, expect, it } from 'vitest';
import { contentSender, pageSender, senderFor } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { db } from '@/utils/db/database';
import { deleteLectureWithNotes, restoreLectureWithNotes } from '@/utils/db/lectures';
import type { Note } from '@/utils/model/notes';
import type { MessageSender, MessageType } from '@/utils/protocol/messages';
import { bytesToBase64 } from '@/utils/snapshots/base64';

const lectureKey = 'url:https://example.edu/lecture/1';
/** A WebP by its magic numbers: RIFF, a size, WEBP, then anything. */
const webp = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set(
    [...'RIFF'].map((c) => c.charCodeAt(0)),
    0,
  );
  bytes.set(
    [...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
    8,
  );
  for (let at = 16; at < size; at++) bytes[at] = (at * 37) % 256;
  return bytes;
};
const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function send(type: MessageType, payload: unknown, from: MessageSender = senderFor(type)) {
  return answerMessage({ type, payload }, from);
}

async function addedNote(text = 'Slide 4') {
  const reply = await send('note/add', { lectureKey, time: 61, kind: 'note', text });
  if (!reply.ok) throw new Error(reply.error);
  return (reply.data as { note: Note }).note;
}

const image = (bytes: Uint8Array) => ({ width: 640, height: 360, base64: bytesToBase64(bytes) });

describe('snapshot handlers', () => {
  it('stores a note’s snapshot and gives it back byte for byte, with the type its bytes say', async () => {
    const note = await addedNote();
    const bytes = webp(5000);
    expect(await send('snapshot/save', { noteId: note.id, image: image(bytes) })).toEqual({
      ok: true,
      data: { saved: true },
    });
    const stored = await db.snapshots.get(note.id);
    expect(stored).toMatchObject({ noteId: note.id, mime: 'image/webp', width: 640, height: 360 });
    expect([...(stored?.data ?? [])]).toEqual([...bytes]);
    const reply = await send('snapshot/get', { noteId: note.id });
    expect(reply).toEqual({
      ok: true,
      data: { image: { mime: 'image/webp', width: 640, height: 360, base64: bytesToBase64(bytes) } },
    });
    // The note list stays light: the note itself carries no image.
    expect(JSON.stringify(await db.notes.get(note.id))).not.toContain('RIFF');
  });

  it('refuses what is not a WebP or JPEG by its bytes, too large, not base64, or from a page’s script', async () => {
    const note = await addedNote();
    const refused = [
      await send('snapshot/save', { noteId: note.id, image: image(png()) }),
      await send('snapshot/save', { noteId: note.id, image: image(webp(150 * 1024 + 1)) }),
      await send('snapshot/save', { noteId: note.id, image: { ...image(webp()), base64: '<script>' } }),
      await send('snapshot/save', { noteId: note.id, image: { ...image(webp()), width: 5000 } }),
      await send(
        'snapshot/save',
        { noteId: note.id, image: image(webp()) },
        contentSender(1, 0, 'https://example.edu/lecture/1'),
      ),
    ];
    expect(refused.map((reply) => reply.ok)).toEqual([false, false, false, false, false]);
    expect(refused[0]).toMatchObject({ error: expect.stringMatching(/neither a WebP nor a JPEG/) });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('never keeps a snapshot for a note that does not exist', async () => {
    const reply = await send('snapshot/save', { noteId: crypto.randomUUID(), image: image(webp()) }, pageSender());
    expect(reply).toEqual({ ok: true, data: { saved: false } });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('deleting a note deletes its snapshot; undo brings both back, byte for byte', async () => {
    const note = await addedNote();
    const bytes = webp(3000);
    await send('snapshot/save', { noteId: note.id, image: image(bytes) });
    await send('note/delete', { id: note.id });
    expect(await db.snapshots.count()).toBe(0);
    expect(await send('note/restore', { id: note.id })).toMatchObject({ ok: true });
    expect([...((await db.snapshots.get(note.id))?.data ?? [])]).toEqual([...bytes]);
  });

  it('deleting a lecture deletes its notes’ snapshots; undo puts them back', async () => {
    const note = await addedNote();
    await db.lectures.put({ key: lectureKey, title: 'L' } as never);
    await send('snapshot/save', { noteId: note.id, image: image(webp()) });
    const removed = await deleteLectureWithNotes(lectureKey);
    expect(await db.snapshots.count()).toBe(0);
    await restoreLectureWithNotes(removed as NonNullable<typeof removed>);
    expect(await db.snapshots.count()).toBe(1);
  });
});
