/** Notes: their kinds, confidences and text rules (lists in ./kinds.ts), and the note as the library keeps it. */
import * as v from 'valibot';
import { millis, RangeSchema, RecordIdSchema, text, videoSeconds } from './fields';
import { CONFIDENCES, EDITABLE_KINDS, MAX_CAPTION_LENGTH, MAX_NOTE_LENGTH, NOTE_KINDS } from './kinds';
import { LectureKeySchema } from './lectures';
import { ReviewCardSchema } from './review-card';

export const NoteKindSchema = v.picklist(NOTE_KINDS);
export type NoteKind = v.InferOutput<typeof NoteKindSchema>;

export const EditableKindSchema = v.picklist(EDITABLE_KINDS);
export type EditableKind = v.InferOutput<typeof EditableKindSchema>;

export const ConfidenceSchema = v.picklist(CONFIDENCES);
export type Confidence = v.InferOutput<typeof ConfidenceSchema>;

/** A note's text: at most MAX_NOTE_LENGTH characters, not only blanks. */
export const NoteTextSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_NOTE_LENGTH, `a note is at most ${MAX_NOTE_LENGTH} characters`),
  v.check((value) => value.trim().length > 0, 'a note needs some text'),
);

/** The caption line said before a note (utils/video/captions/): 1 to MAX_CAPTION_LENGTH characters. */
export const NoteCaptionSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_CAPTION_LENGTH, `a caption is at most ${MAX_CAPTION_LENGTH} characters`),
);

/**
 * Sync (utils/sync/): the other device's version of a note edited on two devices since they last
 * synced, kept beside the note until the student keeps one or both (never silently dropped).
 */
export const NoteConflictSchema = v.strictObject({
  text: NoteTextSchema,
  kind: NoteKindSchema,
  time: videoSeconds,
  updatedAt: millis,
});
export type NoteConflict = v.InferOutput<typeof NoteConflictSchema>;

export const NoteSchema = v.strictObject({
  id: RecordIdSchema,
  lectureKey: LectureKeySchema,
  /** Seconds into the video. */
  time: videoSeconds,
  kind: NoteKindSchema,
  text: NoteTextSchema,
  /** What the lecture's captions said in the seconds before the note's time, when they said anything. */
  caption: v.optional(NoteCaptionSchema),
  /** Lower-case, without '#', parsed from the text (utils/notes/tags.ts). */
  tags: v.array(text(100)),
  /** For recalls: the segment of video time the recall covers. */
  segment: v.optional(RangeSchema),
  confidence: v.optional(ConfidenceSchema),
  /** For questions: answered by the teacher or the student. */
  answered: v.optional(v.boolean()),
  /**
   * Revision (utils/review/scheduler.ts): when this note is next due for review, set on the kinds
   * in REVIEW_KINDS only, so the index holds exactly the review items. Schema version 2.
   */
  reviewDue: v.optional(millis),
  /** The spaced-repetition card after the last grade; absent until first reviewed. */
  review: v.optional(ReviewCardSchema),
  /** The other version of a note edited on two devices, until the student resolves it. */
  conflict: v.optional(NoteConflictSchema),
  createdAt: millis,
  updatedAt: millis,
});
export type Note = v.InferOutput<typeof NoteSchema>;
