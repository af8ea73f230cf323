import { describe, expect, it } from 'vitest';
import {
  addNote,
  countNotesByLecture,
  deleteNote,
  listNotesByLecture,
  restoreNote,
  updateNote,
} from '@/utils/db/notes';
import { parseTags } from '@/utils/notes/tags';

describe('notes repository', () => {
  it('refuses an edit made on an older version, and gives every edit a new version', async () => {
    const note = await addNote({ lectureKey: 'k', time: 1, kind: 'note', text: 'v1' }, 100);
    const first = await updateNote(note.id, { text: 'v2' }, 100, note.updatedAt);
    expect(first?.updatedAt).toBe(101);
    await expect(updateNote(note.id, { text: 'stale' }, 100, note.updatedAt)).rejects.toThrow(
      'This note was changed in another tab; reload to see it.',
    );
    expect((await listNotesByLecture('k'))[0]?.text).toBe('v2');
    // Restoring never writes over a note that has its id.
    await expect(restoreNote({ ...note, text: 'old' })).rejects.toThrow();
    expect((await listNotesByLecture('k'))[0]?.text).toBe('v2');
  });

  it('lists a lecture’s notes by video time, with tags parsed from the text', async () => {
    await addNote({ lectureKey: 'a', time: 90, kind: 'note', text: 'later #Mitosis' }, 1);
    await addNote({ lectureKey: 'a', time: 12.5, kind: 'question', text: 'why? #exam #mitosis' }, 2);
    await addNote({ lectureKey: 'b', time: 1, kind: 'note', text: 'other lecture' }, 3);
    const notes = await listNotesByLecture('a');
    expect(notes.map((note) => [note.time, note.tags])).toEqual([
      [12.5, ['exam', 'mitosis']],
      [90, ['mitosis']],
    ]);
    expect(await countNotesByLecture()).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
  });

  it('edits text and re-parses tags; deletes with undo', async () => {
    const note = await addNote({ lectureKey: 'a', time: 5, kind: 'note', text: 'first #one' }, 1);
    const updated = await updateNote(note.id, { text: 'second #two' }, 2);
    expect(updated).toMatchObject({ text: 'second #two', tags: ['two'], updatedAt: 2, createdAt: 1 });
    const removed = await deleteNote(note.id);
    expect(await listNotesByLecture('a')).toEqual([]);
    await restoreNote((removed as NonNullable<typeof removed>).note);
    expect(await listNotesByLecture('a')).toEqual([updated]);
    expect(await updateNote('missing', { text: 'x' }, 3)).toBeUndefined();
  });
});

describe('parseTags', () => {
  it.each([
    ['no tags here', []],
    ['#one and #Two', ['one', 'two']],
    ['repeat #a #A', ['a']],
    ['unicode #ciencia #生物', ['ciencia', '生物']],
    ['an anchor a#b or &#38; is not a tag', []],
    ['line start\n#tag', ['tag']],
  ])('parses %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });
});
