/** A draft: the note a student is typing, kept so a reload or a crash does not lose it (utils/notes/drafts.ts). */
import * as v from 'valibot';
import { millis, NoteIdSchema, text, videoSeconds } from './fields';
import { MAX_NOTE_LENGTH } from './kinds';
import { LectureKeySchema } from './lectures';
import { EditableKindSchema } from './notes';

export const DraftSchema = v.strictObject({
  lectureKey: LectureKeySchema,
  /** May be empty: saving empty text clears the draft. */
  text: text(MAX_NOTE_LENGTH),
  /** Video time the note will be pinned to. */
  time: videoSeconds,
  kind: EditableKindSchema,
  /** Set when the draft is an edit of an existing note. */
  noteId: v.optional(NoteIdSchema),
  savedAt: millis,
});
export type Draft = v.InferOutput<typeof DraftSchema>;
