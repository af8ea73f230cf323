import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH } from '@/utils/model/kinds';
import { ConfidenceSchema, EditableKindSchema, NoteKindSchema, NoteSchema, NoteTextSchema } from '@/utils/model/notes';
import { sampleCard } from './samples';

const note = {
  id: '0b7f6d2e-3c1a-4d5b-9e8f-1a2b3c4d5e6f',
  lectureKey: 'youtube:abc123',
  time: 42.5,
  kind: 'note',
  text: 'Mitochondria make ATP #biology',
  tags: ['biology'],
  createdAt: 1,
  updatedAt: 1,
};

describe('note picklists', () => {
  it.each<[v.GenericSchema, unknown, boolean]>([
    [NoteKindSchema, 'note', true],
    [NoteKindSchema, 'recall', true],
    [NoteKindSchema, 'essay', false],
    [EditableKindSchema, 'bookmark', true],
    [EditableKindSchema, 'recall', false],
    [ConfidenceSchema, 'shaky', true],
    [ConfidenceSchema, 'sure', false],
    [ConfidenceSchema, null, false],
  ])('%#: %j → %s', (schema, value, accepted) => {
    expect(v.safeParse(schema, value).success).toBe(accepted);
  });
});

describe('NoteTextSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a word', 'a', true],
    ['at the cap', 'x'.repeat(MAX_NOTE_LENGTH), true],
    ['over the cap', 'x'.repeat(MAX_NOTE_LENGTH + 1), false],
    ['empty', '', false],
    ['only blanks', ' \n\t ', false],
    ['a number', 1, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(v.safeParse(NoteTextSchema, value).success).toBe(accepted);
  });
});

describe('NoteSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a note', note, true],
    ['an id a backup gave', { ...note, id: 'n1' }, true],
    [
      'a recall with its segment and confidence',
      { ...note, kind: 'recall', segment: [0, 120], confidence: 'lost', reviewDue: 1 },
      true,
    ],
    ['an answered question', { ...note, kind: 'question', answered: true, reviewDue: 1 }, true],
    ['a graded review item', { ...note, kind: 'question', reviewDue: 5, review: sampleCard }, true],
    ['a card graded before', { ...note, review: { ...sampleCard, lastReview: 4 } }, true],
    ['a tag as long as lower-casing can make it', { ...note, tags: ['i̇'.repeat(40)] }, true],
    ['an empty id', { ...note, id: '' }, false],
    ['an empty lecture key', { ...note, lectureKey: '' }, false],
    ['an unknown kind', { ...note, kind: 'essay' }, false],
    ['blank text', { ...note, text: '   ' }, false],
    ['a time as a string', { ...note, time: '1:05' }, false],
    ['a backwards segment', { ...note, segment: [120, 0] }, false],
    ['an unknown confidence', { ...note, confidence: 'sure' }, false],
    ['a card missing fields', { ...note, review: { due: 123, stability: 2.5 } }, false],
    ['a negative creation time', { ...note, createdAt: -1 }, false],
    ['an extra field', { ...note, owner: 'me' }, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(v.safeParse(NoteSchema, value).success).toBe(accepted);
  });
});
