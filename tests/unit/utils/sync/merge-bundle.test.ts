import { describe, expect, it } from 'vitest';
import type { Lecture } from '@/utils/model/lectures';
import type { Note } from '@/utils/model/notes';
import type { LectureBundle } from '@/utils/model/sync';
import { mergeLectureBundle, mergeSessionBundle } from '@/utils/sync/merge-bundle';

const KEY = 'youtube:abc';
const lecture = (updatedAt: number): Lecture => ({
  key: KEY,
  platform: 'youtube',
  title: 'Cells',
  site: 'www.youtube.com',
  url: 'https://www.youtube.com/watch?v=abc',
  duration: 600,
  lastPosition: 0,
  watched: [],
  createdAt: 1,
  updatedAt,
  lastWatchedAt: updatedAt,
});
const note = (id: string, text: string, updatedAt: number, extra: Partial<Note> = {}): Note => ({
  id,
  lectureKey: KEY,
  time: 10,
  kind: 'note',
  text,
  tags: [],
  createdAt: 1,
  updatedAt,
  ...extra,
});
const bundle = (notes: Note[], deleted: Record<string, number> = {}, at = 5): LectureBundle => ({
  type: 'lecture',
  lectureKey: KEY,
  lecture: lecture(at),
  notes: Object.fromEntries(notes.map((item) => [item.id, item])),
  deleted,
});
const NOW = 1000;
const merge = (base: LectureBundle | undefined, local: Note[], remote: LectureBundle | undefined) =>
  mergeLectureBundle(KEY, base, { lecture: lecture(5), notes: local }, remote, NOW);

describe('mergeLectureBundle', () => {
  it('adds what either side created, on both sides', () => {
    const result = merge(undefined, [note('a', 'here', 2)], bundle([note('b', 'there', 3)]));
    expect(Object.keys(result.bundle.notes).sort()).toEqual(['a', 'b']);
    expect(result.local.notes.map((n) => n.id).sort()).toEqual(['a', 'b']);
  });

  it('edit on one side only: that edit wins, nothing is a conflict', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const result = merge(base, [note('a', 'v1', 2)], bundle([note('a', 'v2 there', 9)]));
    expect(result.local.notes[0]).toEqual(note('a', 'v2 there', 9));
    expect(result.bundle.notes.a?.conflict).toBeUndefined();
  });

  it('edit/edit: keeps both texts, the newer as the note and the other as its conflict copy', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const result = merge(base, [note('a', 'mine', 8)], bundle([note('a', 'theirs', 9)]));
    const merged = result.bundle.notes.a as Note;
    expect(merged.text).toBe('theirs');
    expect(merged.conflict).toEqual({ text: 'mine', kind: 'note', time: 10, updatedAt: 8 });
    expect(merged.updatedAt).toBe(10);
    expect(result.local.notes).toEqual([merged]);
  });

  it('edit/edit: the other device, merging that result, keeps the conflict copy (converges)', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const first = merge(base, [note('a', 'mine', 8)], bundle([note('a', 'theirs', 9)])).bundle;
    // The device that wrote "theirs" reads the file the first one wrote.
    const second = merge(base, [note('a', 'theirs', 9)], first);
    expect(second.local.notes[0]).toEqual(first.notes.a);
  });

  it('a grade on one device and a text edit on the other: the edit and the grade both survive', () => {
    const review = {
      due: 50,
      stability: 1,
      difficulty: 5,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2 as const,
      lastReview: 20,
    };
    const base = bundle([note('q', 'why?', 2, { kind: 'question', reviewDue: 2 })]);
    const graded = note('q', 'why?', 20, { kind: 'question', reviewDue: 50, review });
    const edited = note('q', 'why is it so?', 15, { kind: 'question', reviewDue: 2 });
    const result = merge(base, [edited], bundle([graded]));
    expect(result.local.notes[0]).toMatchObject({ text: 'why is it so?', reviewDue: 50, review, updatedAt: 20 });
    expect(result.local.notes[0]?.conflict).toBeUndefined();
  });

  it('delete here, untouched there: deleted on both, with a tombstone in the file', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const result = merge(base, [], bundle([note('a', 'v1', 2)]));
    expect(result.bundle.notes).toEqual({});
    expect(result.bundle.deleted).toEqual({ a: NOW });
    expect(result.local.notes).toEqual([]);
  });

  it('deleted there: a stale copy here does not bring it back', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const result = merge(base, [note('a', 'v1', 2)], bundle([], { a: 30 }));
    expect(result.local.notes).toEqual([]);
    expect(result.bundle.deleted).toEqual({ a: 30 });
  });

  it('a device that never saw the note (no base) does not resurrect it from an older copy', () => {
    const result = merge(undefined, [note('a', 'v1', 2)], bundle([], { a: 30 }));
    expect(result.local.notes).toEqual([]);
  });

  it('edit/delete: edited here, deleted there: the edit comes back (text is never lost)', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const result = merge(base, [note('a', 'edited', 40)], bundle([], { a: 30 }));
    expect(result.local.notes).toEqual([note('a', 'edited', 40)]);
    expect(result.bundle.notes.a?.text).toBe('edited');
    expect(result.bundle.deleted).toEqual({});
  });

  it('delete/edit: deleted here, edited there: the edited note is restored here', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const result = merge(base, [], bundle([note('a', 'edited there', 40)]));
    expect(result.local.notes).toEqual([note('a', 'edited there', 40)]);
  });

  it('delete/delete: stays deleted, the first tombstone kept', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const result = merge(base, [], bundle([], { a: 30 }));
    expect(result.bundle.deleted).toEqual({ a: 30 });
    expect(result.local.notes).toEqual([]);
  });

  it('a lecture deleted with its notes on one device is deleted on the other', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const remote: LectureBundle = { ...bundle([], { a: 30 }), lecture: null, lectureDeletedAt: 30 };
    const result = merge(base, [note('a', 'v1', 2)], remote);
    expect(result.local).toEqual({ lecture: null, notes: [], snapshots: {} });
    expect(result.bundle.lectureDeletedAt).toBe(30);
  });

  it('a lecture deleted there keeps its lecture here when a note of it was written here since', () => {
    const base = bundle([note('a', 'v1', 2)]);
    const remote: LectureBundle = { ...bundle([], { a: 30 }), lecture: null, lectureDeletedAt: 30 };
    const result = merge(base, [note('a', 'v1', 2), note('new', 'written offline', 40)], remote);
    expect(result.local.notes.map((n) => n.id)).toEqual(['new']);
    expect(result.local.lecture?.key).toBe(KEY);
    expect(result.bundle.lectureDeletedAt).toBeUndefined();
  });

  it('carries fields it does not know (a later version’s) through untouched', () => {
    const future = { ...note('a', 'v1', 9), captions: [{ at: 1, text: 'hi' }] } as Note;
    const result = merge(bundle([note('a', 'v1', 2)]), [note('a', 'v1', 2)], bundle([future]));
    expect(result.local.notes[0]).toEqual(future);
  });
});

describe('mergeSessionBundle', () => {
  it('keeps every session either side has', () => {
    const session = (id: string) => ({
      id,
      phase: 'focus' as const,
      plannedMs: 1,
      activeMs: 1,
      startedAt: 1,
      endedAt: 2,
      outcome: 'completed' as const,
      lectureKeys: [],
      noteCount: 0,
    });
    const result = mergeSessionBundle('1970-01', [session('a')], {
      type: 'sessions',
      month: '1970-01',
      sessions: { b: session('b') },
    });
    expect(Object.keys(result.bundle.sessions).sort()).toEqual(['a', 'b']);
    expect(result.local).toHaveLength(2);
  });
});
