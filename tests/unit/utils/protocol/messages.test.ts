import { describe, expect, it } from 'vitest';
import { lectureFrameSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { db } from '@/utils/db/database';

const sender = lectureFrameSender;
const sighting = {
  key: 'url:https://example.edu/lecture/1',
  platform: 'generic',
  title: 'Lecture 1',
  site: 'example.edu',
  url: 'https://example.edu/lecture/1',
  duration: 300,
};

describe('dispatchMessage', () => {
  it('stores a valid lecture sighting and answers with the lecture', async () => {
    const reply = await answerMessage({ type: 'lecture/seen', payload: sighting }, sender());
    expect(reply).toMatchObject({ ok: true, data: { lecture: { key: sighting.key, title: 'Lecture 1' } } });
    expect(await db.lectures.count()).toBe(1);
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an unknown type', { type: 'lecture/delete-everything', payload: {} }],
    ['a prototype key as type', { type: 'toString', payload: {} }],
    ['a missing payload', { type: 'lecture/seen' }],
    ['a javascript: URL', { type: 'lecture/seen', payload: { ...sighting, url: 'javascript:alert(1)' } }],
    ['a negative duration', { type: 'lecture/seen', payload: { ...sighting, duration: -5 } }],
    ['an infinite duration', { type: 'lecture/seen', payload: { ...sighting, duration: Number.POSITIVE_INFINITY } }],
    ['an extra field', { type: 'lecture/seen', payload: { ...sighting, admin: true } }],
    ['a huge title', { type: 'lecture/seen', payload: { ...sighting, title: 'x'.repeat(10_000) } }],
    ['an empty key', { type: 'lecture/seen', payload: { ...sighting, key: '' } }],
  ])('rejects %s with a clear error and writes nothing', async (_name, message) => {
    const reply = await answerMessage(message, sender());
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^Lectern/);
    expect(await db.lectures.count()).toBe(0);
  });
});
