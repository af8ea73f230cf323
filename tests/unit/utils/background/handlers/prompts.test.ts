import { describe, expect, it } from 'vitest';
import { lectureFrameSender, pageSender, senderFor } from '@/tests/unit/utils/protocol/fake-senders';
import { rememberFrameLecture } from '@/utils/background/lecture-frames';
import { answerMessage } from '@/utils/background/register-messages';
import { db } from '@/utils/db/database';
import { recordLectureSighting } from '@/utils/db/lectures';
import type { MessageType } from '@/utils/protocol/messages';

const sender = pageSender();
/** The lecture's frame in a tab whose page address the background was not told (no site). */
const tablessFrame = () => ({ ...lectureFrameSender(), tab: { id: 1 } });
const lectureKey = 'url:https://example.edu/lecture/1';
const answer = {
  lectureKey,
  segment: [0, 360],
  covered: [[0, 360]],
  text: 'Cells turn glucose into ATP #exam',
  confidence: 'lost',
};

async function seeLecture() {
  await recordLectureSighting(
    {
      key: lectureKey,
      platform: 'generic',
      title: 'L1',
      site: 'example.edu',
      url: 'https://example.edu/',
      duration: 900,
    },
    1,
  );
  // The identity script in tab 1's top frame named it (lectureFrameSender).
  await rememberFrameLecture(1, 0, lectureKey);
}

describe('prompt messages', () => {
  it('stores an answer as a recall note with its segment and confidence, and counts it', async () => {
    await seeLecture();
    const reply = await answerMessage({ type: 'prompts/answer', payload: answer }, sender);
    expect(reply).toMatchObject({
      ok: true,
      data: { note: { kind: 'recall', segment: [0, 360], confidence: 'lost', time: 360, tags: ['exam'] } },
    });
    const notes = await db.notes.toArray();
    expect(notes).toHaveLength(1);
    expect((await db.lectures.get(lectureKey))?.prompts).toEqual({
      answered: 1,
      skipped: 0,
      snoozed: 0,
      prompted: [[0, 360]],
      rewatch: [[0, 360]],
    });
  });

  it('counts skips and snoozes; history returns what was prompted, recall notes included', async () => {
    await seeLecture();
    await answerMessage(
      { type: 'prompts/outcome', payload: { lectureKey, outcome: 'snoozed', covered: [[0, 360]] } },
      lectureFrameSender(),
    );
    await answerMessage(
      { type: 'prompts/outcome', payload: { lectureKey, outcome: 'skipped', covered: [[0, 400]] } },
      lectureFrameSender(),
    );
    await answerMessage(
      { type: 'prompts/answer', payload: { ...answer, segment: [400, 760], covered: [[400, 760]], confidence: null } },
      sender,
    );
    const reply = await answerMessage({ type: 'prompts/history', payload: { lectureKey } }, tablessFrame());
    expect(reply).toEqual({
      ok: true,
      data: { outcomes: { answered: 1, skipped: 1, snoozed: 1, prompted: [[0, 760]], rewatch: [] }, pageSite: null },
    });
    const note = (await db.notes.toArray())[0];
    expect(note?.confidence).toBeUndefined();
  });

  it('keeps the answer even before the lecture is known, without counts', async () => {
    const reply = await answerMessage({ type: 'prompts/answer', payload: answer }, sender);
    expect(reply).toMatchObject({ ok: true, data: { outcomes: null } });
    expect(await db.notes.count()).toBe(1);
  });

  it.each([
    ['an empty answer', 'prompts/answer', { ...answer, text: '' }],
    ['a huge answer', 'prompts/answer', { ...answer, text: 'x'.repeat(20_000) }],
    ['an unknown confidence', 'prompts/answer', { ...answer, confidence: 'sure' }],
    ['a missing confidence', 'prompts/answer', { ...answer, confidence: undefined }],
    ['a backwards segment', 'prompts/answer', { ...answer, segment: [360, 0] }],
    ['an empty segment', 'prompts/answer', { ...answer, segment: [5, 5] }],
    ['a negative segment', 'prompts/answer', { ...answer, segment: [-10, 5] }],
    ['a three-number segment', 'prompts/answer', { ...answer, segment: [0, 5, 9] }],
    ['a string time', 'prompts/answer', { ...answer, segment: ['0', 360] }],
    ['an infinite end', 'prompts/answer', { ...answer, segment: [0, Number.POSITIVE_INFINITY] }],
    ['too many covered ranges', 'prompts/answer', { ...answer, covered: Array.from({ length: 1001 }, () => [0, 1]) }],
    ['an extra field', 'prompts/answer', { ...answer, kind: 'note' }],
    ['an empty key', 'prompts/answer', { ...answer, lectureKey: '' }],
    ['an unknown outcome', 'prompts/outcome', { lectureKey, outcome: 'answered', covered: [] }],
    ['an outcome without covered', 'prompts/outcome', { lectureKey, outcome: 'skipped' }],
    ['a history with extra fields', 'prompts/history', { lectureKey, all: true }],
    ['a history without key', 'prompts/history', {}],
  ])('rejects %s with a clear error and writes nothing', async (_name, type, payload) => {
    await seeLecture();
    const before = await db.lectures.get(lectureKey);
    const reply = await answerMessage({ type, payload }, senderFor(type as MessageType));
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^Lectern: invalid prompts\//);
    expect(await db.notes.count()).toBe(0);
    expect(await db.lectures.get(lectureKey)).toEqual(before);
  });

  it('tells the lecture frame the site of the tab’s page (an LMS around an embedded player)', async () => {
    await seeLecture();
    const embedded = {
      ...lectureFrameSender(),
      url: 'https://cdnapisec.kaltura.com/p/1',
      tab: { id: 1, url: 'https://lms.example.edu/course/1' },
    };
    expect(await answerMessage({ type: 'prompts/history', payload: { lectureKey } }, embedded)).toMatchObject({
      ok: true,
      data: { pageSite: 'lms.example.edu' },
    });
    expect(await answerMessage({ type: 'prompts/history', payload: { lectureKey } }, tablessFrame())).toMatchObject({
      ok: true,
      data: { pageSite: null },
    });
  });
});
