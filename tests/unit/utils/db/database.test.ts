/** Each schema version opens a database written by the version before (exactly its schema) and upgrades it. */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/database';
import type { Note } from '@/utils/model/notes';

const NAME = 'lectern-upgrade-test';

const note = (id: string, kind: Note['kind'], createdAt: number): Note => ({
  id,
  lectureKey: 'a',
  time: 1,
  kind,
  text: id,
  tags: [],
  createdAt,
  updatedAt: createdAt,
});

/** Exactly version 1's schema, as shipped. */
const V1_STORES = {
  lectures: 'key, site, lastWatchedAt, updatedAt',
  notes: 'id, lectureKey, [lectureKey+time], kind, *tags, createdAt, updatedAt',
  sessions: 'id, startedAt, endedAt, phase, outcome',
};
/** Exactly version 2's schema, as shipped. */
const V2_STORES = { ...V1_STORES, notes: `${V1_STORES.notes}, reviewDue` };
/** Exactly version 3's schema, as shipped. */
const V3_STORES = { ...V2_STORES, drafts: '[lectureKey+owner], lectureKey' };

afterEach(() => Dexie.delete(NAME));

describe('database upgrade 1 → 2', () => {
  it('keeps every record and makes questions and recalls review items due from when they were written', async () => {
    const v1 = new Dexie(NAME);
    v1.version(1).stores(V1_STORES);
    await v1
      .table('notes')
      .bulkAdd([note('n', 'note', 10), note('q', 'question', 20), note('r', 'recall', 30), note('b', 'bookmark', 40)]);
    await v1.table('lectures').add({ key: 'a', title: 'Kept' });
    v1.close();

    const v2 = openDatabase(NAME);
    await v2.open();
    expect(v2.verno).toBeGreaterThanOrEqual(2);
    expect(await v2.lectures.get('a')).toEqual({ key: 'a', title: 'Kept' });
    const notes = await v2.notes.orderBy('createdAt').toArray();
    expect(notes.map((n) => [n.id, n.reviewDue])).toEqual([
      ['n', undefined],
      ['q', 20],
      ['r', 30],
      ['b', undefined],
    ]);
    expect(await v2.notes.where('reviewDue').belowOrEqual(25).primaryKeys()).toEqual(['q']);
    v2.close();
  });
});

describe('database upgrade 2 → 3', () => {
  it('keeps every record and adds an empty drafts table, one draft per lecture and editor', async () => {
    const v2 = new Dexie(NAME);
    v2.version(2).stores(V2_STORES);
    await v2.table('notes').add({ ...note('q', 'question', 20), reviewDue: 20 });
    await v2.table('lectures').add({ key: 'a', title: 'Kept' });
    v2.close();

    const v3 = openDatabase(NAME);
    await v3.open();
    expect(v3.verno).toBeGreaterThanOrEqual(3);
    expect(await v3.lectures.get('a')).toEqual({ key: 'a', title: 'Kept' });
    expect(await v3.notes.where('reviewDue').belowOrEqual(25).primaryKeys()).toEqual(['q']);
    expect(await v3.drafts.count()).toBe(0);
    const draft = { lectureKey: 'a', text: 't', time: 1, kind: 'note' as const, savedAt: 1 };
    await v3.drafts.bulkPut([
      { ...draft, owner: 'run:1' },
      { ...draft, owner: 'run:2' },
    ]);
    expect(await v3.drafts.where('lectureKey').equals('a').count()).toBe(2);
    v3.close();
  });
});

describe('database upgrade 3 → 4', () => {
  it('keeps every record and adds an empty table of course names, one per course id', async () => {
    const v3 = new Dexie(NAME);
    v3.version(3).stores(V3_STORES);
    await v3.table('lectures').add({ key: 'a', title: 'Kept', course: { id: 'canvas:x/1', title: 'PHYS 101' } });
    await v3.table('notes').add({ ...note('q', 'question', 20), reviewDue: 20 });
    await v3.table('drafts').add({ lectureKey: 'a', owner: 'run:1', text: 't', time: 1, kind: 'note', savedAt: 1 });
    v3.close();

    const v4 = openDatabase(NAME);
    await v4.open();
    expect(v4.verno).toBeGreaterThanOrEqual(4);
    expect(await v4.lectures.get('a')).toEqual({
      key: 'a',
      title: 'Kept',
      course: { id: 'canvas:x/1', title: 'PHYS 101' },
    });
    expect(await v4.notes.where('reviewDue').belowOrEqual(25).primaryKeys()).toEqual(['q']);
    expect(await v4.drafts.count()).toBe(1);
    expect(await v4.courseNames.count()).toBe(0);
    await v4.courseNames.put({ id: 'canvas:x/1', title: 'Physics', updatedAt: 5 });
    await v4.courseNames.put({ id: 'canvas:x/1', title: 'Physics I', updatedAt: 6 });
    expect(await v4.courseNames.toArray()).toEqual([{ id: 'canvas:x/1', title: 'Physics I', updatedAt: 6 }]);
    v4.close();
  });
});

describe('database upgrade 4 → 6', () => {
  it('keeps every record, adds empty sync tables, and from then on marks what changes', async () => {
    const v4 = new Dexie(NAME);
    v4.version(4).stores({ ...V3_STORES, courseNames: 'id' });
    await v4.table('notes').add({ ...note('q', 'question', 20), reviewDue: 20 });
    await v4.table('lectures').add({ key: 'a', title: 'Kept' });
    await v4.table('drafts').add({ lectureKey: 'a', owner: 'run:1', text: 't', time: 1, kind: 'note', savedAt: 1 });
    await v4.table('courseNames').add({ id: 'canvas:x/1', title: 'Physics', updatedAt: 5 });
    v4.close();

    const v6 = openDatabase(NAME);
    await v6.open();
    expect(v6.verno).toBeGreaterThanOrEqual(6);
    expect(await v6.courseNames.count()).toBe(1);
    expect(await v6.lectures.get('a')).toEqual({ key: 'a', title: 'Kept' });
    expect(await v6.notes.where('reviewDue').belowOrEqual(25).primaryKeys()).toEqual(['q']);
    expect(await v6.drafts.count()).toBe(1);
    // The upgrade itself marks nothing (a first sync looks at every record anyway).
    expect(await v6.syncBase.count()).toBe(0);
    expect(await v6.syncDirty.count()).toBe(0);
    await v6.notes.update('q', { text: 'edited' });
    expect(await v6.syncDirty.toArray()).toEqual([{ item: 'lecture:a', token: expect.any(String) }]);
    v6.close();
  });
});

describe('database upgrade 4 → 5 (snapshots)', () => {
  it('keeps every record and adds an empty snapshots table keyed by note id', async () => {
    const v4 = new Dexie(NAME);
    v4.version(4).stores({ ...V3_STORES, courseNames: 'id' });
    await v4.table('notes').add({ ...note('q', 'question', 20), reviewDue: 20 });
    await v4.table('drafts').add({ lectureKey: 'a', owner: 'run:1', text: 't', time: 1, kind: 'note', savedAt: 1 });
    await v4.table('courseNames').add({ id: 'canvas:x/1', title: 'Physics', updatedAt: 5 });
    v4.close();

    const v5 = openDatabase(NAME);
    await v5.open();
    expect(v5.verno).toBeGreaterThanOrEqual(5);
    expect(await v5.notes.where('reviewDue').belowOrEqual(25).primaryKeys()).toEqual(['q']);
    expect(await v5.drafts.count()).toBe(1);
    expect(await v5.courseNames.count()).toBe(1);
    expect(await v5.snapshots.count()).toBe(0);
    const data = new Uint8Array([0xff, 0xd8, 0xff, 1]);
    await v5.snapshots.put({ noteId: 'q', mime: 'image/jpeg', width: 1, height: 1, data, createdAt: 1 });
    expect([...((await v5.snapshots.get('q'))?.data ?? [])]).toEqual([...data]);
    v5.close();
  });
});
