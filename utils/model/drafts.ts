/** A draft: the note a student is typing, kept so a reload or a crash does not lose it (utils/notes/drafts.ts). */
import * as v from 'valibot';
import { millis, NoteIdSchema, text, videoSeconds } from './fields';
import { MAX_NOTE_LENGTH } from './kinds';
import { LectureKeySchema } from './lectures';
import { EditableKindSchema, NoteCaptionSchema } from './notes';

export const DraftSchema = v.strictObject({
  lectureKey: LectureKeySchema,
  /** May be empty: saving empty text clears the draft. */
  text: text(MAX_NOTE_LENGTH),
  /** Video time the note will be pinned to. */
  time: videoSeconds,
  kind: EditableKindSchema,
  /** The caption said before `time` (utils/video/captions/), kept with the note when it is saved. */
  caption: v.optional(NoteCaptionSchema),
  /** Set when the draft is an edit of an existing note. */
  noteId: v.optional(NoteIdSchema),
  savedAt: millis,
});
export type Draft = v.InferOutput<typeof DraftSchema>;

/**
 * A draft as the background keeps it: one per lecture and editor (`owner`, the browser run and tab
 * that typed it; utils/notes/drafts.ts), so two tabs on one lecture never share a slot.
 */
export type OwnedDraft = Draft & { owner: string };
