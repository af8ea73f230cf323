import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DraftSchema } from '@/utils/model/drafts';
import { MAX_CAPTION_LENGTH, MAX_NOTE_LENGTH } from '@/utils/model/kinds';

const draft = { lectureKey: 'youtube:abc123', text: 'half a thought', time: 12, kind: 'question', savedAt: 1 };

describe('DraftSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['a draft', draft, true],
    ['empty text (saving it clears the draft)', { ...draft, text: '' }, true],
    ['an edit of a note', { ...draft, noteId: '0b7f6d2e-3c1a-4d5b-9e8f-1a2b3c4d5e6f' }, true],
    ['text over the cap', { ...draft, text: 'x'.repeat(MAX_NOTE_LENGTH + 1) }, false],
    ['the caption said before it', { ...draft, caption: 'the words just said' }, true],
    ['a caption over the cap', { ...draft, caption: 'x'.repeat(MAX_CAPTION_LENGTH + 1) }, false],
    ['a recall (not an editable kind)', { ...draft, kind: 'recall' }, false],
    ['a note id that is not a UUID', { ...draft, noteId: 'n1' }, false],
    ['a negative time', { ...draft, time: -1 }, false],
    ['no save time', { ...draft, savedAt: undefined }, false],
    ['an extra field', { ...draft, extra: 1 }, false],
  ])('%s → %s', (_name, value, accepted) => {
    expect(v.safeParse(DraftSchema, value).success).toBe(accepted);
  });
});
