/**
 * Note, progress and draft messages (the overlay and extension pages → background). Part of the
 * protocol in ../messaging.ts. Every payload is checked here before anything is written: text
 * lengths are capped, times are finite seconds, ids are UUIDs, kinds come from a fixed list.
 */
import * as v from 'valibot';
import type { Lecture, Note } from '../db/database';
import type { Draft } from '../notes/drafts';
import { nonEmpty, seconds, text } from './schema-parts';

/** The longest note Lectern stores (about four pages of text). */
export const MAX_NOTE_LENGTH = 10_000;

const noteId = v.pipe(v.string(), v.uuid('must be a note id'));
const lectureKey = nonEmpty(2048);
/** Kinds a student picks in the editor; `recall` notes come from review prompts. */
export const EDITABLE_KINDS = ['note', 'question', 'bookmark'] as const;
const editableKind = v.picklist(EDITABLE_KINDS);
const noteText = v.pipe(
  v.string(),
  v.maxLength(MAX_NOTE_LENGTH, `a note is at most ${MAX_NOTE_LENGTH} characters`),
  v.check((value) => value.trim().length > 0, 'a note needs some text'),
);
const timestamp = v.pipe(v.number(), v.finite(), v.minValue(0));
const range = v.pipe(
  v.tuple([seconds, seconds]),
  v.check(([start, end]) => start <= end, 'a range starts before it ends'),
);

/** A note exactly as `note/delete` returned it, for undo. */
const StoredNoteSchema = v.strictObject({
  id: noteId,
  lectureKey,
  time: seconds,
  kind: v.picklist(['note', 'question', 'recall', 'bookmark']),
  text: noteText,
  tags: v.pipe(v.array(text(40)), v.maxLength(200)),
  segment: v.optional(range),
  confidence: v.optional(v.picklist(['got', 'shaky', 'lost'])),
  answered: v.optional(v.boolean()),
  // Revision state (schema version 2, utils/review/scheduler.ts): kept as it was when the note comes back.
  reviewDue: v.optional(timestamp),
  review: v.optional(
    v.strictObject({
      due: timestamp,
      stability: v.pipe(v.number(), v.finite()),
      difficulty: v.pipe(v.number(), v.finite()),
      scheduledDays: v.pipe(v.number(), v.finite(), v.minValue(0)),
      learningSteps: v.pipe(v.number(), v.integer(), v.minValue(0)),
      reps: v.pipe(v.number(), v.integer(), v.minValue(0)),
      lapses: v.pipe(v.number(), v.integer(), v.minValue(0)),
      state: v.picklist([0, 1, 2, 3]),
      lastReview: v.optional(timestamp),
    }),
  ),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const noteRequests = {
  /** A new note pinned to a moment; the reply comes once it is durable. */
  'note/add': v.strictObject({ lectureKey, time: seconds, kind: editableKind, text: noteText }),
  'note/update': v.strictObject({
    id: noteId,
    changes: v.strictObject({ text: v.optional(noteText), kind: v.optional(editableKind), time: v.optional(seconds) }),
  }),
  'note/delete': v.strictObject({ id: noteId }),
  /** Undo of a delete: puts the note back as it was. */
  'note/restore': v.strictObject({ note: StoredNoteSchema }),
  'note/list': v.strictObject({ lectureKey }),
  /** Playback progress: where the student is, and ranges of video actually played (not seeked). */
  'lecture/progress': v.strictObject({
    key: lectureKey,
    position: seconds,
    watched: v.pipe(v.array(range), v.maxLength(100)),
  }),
  /** The text being typed, kept so a reload or a crash does not lose it. Empty text clears it. */
  'draft/save': v.strictObject({
    lectureKey,
    text: text(MAX_NOTE_LENGTH),
    time: seconds,
    kind: editableKind,
    noteId: v.optional(noteId),
  }),
  'draft/get': v.strictObject({ lectureKey }),
  'draft/clear': v.strictObject({ lectureKey }),
} as const;

export interface NoteResponses {
  'note/add': { note: Note };
  'note/update': { note: Note };
  'note/delete': { note: Note | null };
  'note/restore': { note: Note };
  'note/list': { notes: Note[] };
  'lecture/progress': { lecture: Lecture | null };
  'draft/save': { saved: boolean };
  'draft/get': { draft: Draft | null };
  'draft/clear': { cleared: boolean };
}
