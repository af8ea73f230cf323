/** Schema version 2 opens a database written by version 1 (exactly its schema) and upgrades it. */
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

afterEach(() => Dexie.delete(NAME));

describe('database upgrade 1 → 2', () => {
  it('keeps every record and makes questions and recalls review items due from when they were written', async () => {
    const v1 = new Dexie(NAME);
    v1.version(1).stores({
      lectures: 'key, site, lastWatchedAt, updatedAt',
      notes: 'id, lectureKey, [lectureKey+time], kind, *tags, createdAt, updatedAt',
      sessions: 'id, startedAt, endedAt, phase, outcome',
    });
    await v1
      .table('notes')
      .bulkAdd([note('n', 'note', 10), note('q', 'question', 20), note('r', 'recall', 30), note('b', 'bookmark', 40)]);
    await v1.table('lectures').add({ key: 'a', title: 'Kept' });
    v1.close();

    const v2 = openDatabase(NAME);
    await v2.open();
    expect(v2.verno).toBe(2);
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
