/** How the snapshots a lecture bundle lists merge: three ways, tombstones, the newer version, the note's fate. */
import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/model/notes';
import type { LectureBundle, SnapshotMeta } from '@/utils/model/sync';
import { mergeSnapshotMetas } from '@/utils/sync/merge-snapshots';

const meta = (createdAt: number): SnapshotMeta => ({ mime: 'image/webp', width: 4, height: 3, size: 100, createdAt });
const bundle = (snapshots: Record<string, SnapshotMeta>, deletedSnapshots?: Record<string, number>): LectureBundle => ({
  type: 'lecture',
  lectureKey: 'youtube:abc',
  lecture: null,
  notes: {},
  deleted: {},
  snapshots,
  ...(deletedSnapshots ? { deletedSnapshots } : {}),
});
const notes = { a: {} as Note, b: {} as Note };
const NOW = 9000;

describe('mergeSnapshotMetas', () => {
  it.each([
    ['new here: kept (uploaded)', undefined, { a: meta(1) }, undefined, { a: meta(1) }, {}],
    ['new there: kept (downloaded)', undefined, {}, bundle({ a: meta(1) }), { a: meta(1) }, {}],
    ['deleted here: a tombstone', bundle({ a: meta(1) }), {}, bundle({ a: meta(1) }), {}, { a: NOW }],
    ['deleted there: gone here', bundle({ a: meta(1) }), { a: meta(1) }, bundle({}, { a: 50 }), {}, { a: 50 }],
    ['replaced here: the newer', bundle({ a: meta(1) }), { a: meta(7) }, bundle({ a: meta(1) }), { a: meta(7) }, {}],
    ['replaced on both: the newer', bundle({ a: meta(1) }), { a: meta(7) }, bundle({ a: meta(8) }), { a: meta(8) }, {}],
    [
      'a stale device without a base: the tombstone wins',
      undefined,
      { a: meta(1) },
      bundle({}, { a: 50 }),
      {},
      { a: 50 },
    ],
    [
      'taken again after the delete: the new one wins',
      undefined,
      { a: meta(60) },
      bundle({}, { a: 50 }),
      { a: meta(60) },
      {},
    ],
    ['its note gone: no snapshot, no tombstone of its own', undefined, { c: meta(1) }, bundle({ c: meta(1) }), {}, {}],
  ])('%s', (_case, base, local, remote, snapshots, deletedSnapshots) => {
    expect(mergeSnapshotMetas(base, local, remote, notes, NOW)).toEqual({ snapshots, deletedSnapshots });
  });
});
