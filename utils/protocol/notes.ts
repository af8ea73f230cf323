/**
 * Note, progress and draft messages (the overlay and extension pages → background). Part of the
 * protocol in ./messages.ts. Every payload is checked here before anything is written, with the
 * model's rules (utils/model/): text lengths are capped, times are finite seconds, ids are UUIDs,
 * kinds come from a fixed list.
 */
import * as v from 'valibot';
import { type Draft, DraftSchema } from '../model/drafts';
import { NoteIdSchema, RangeSchema, videoSeconds } from '../model/fields';
import { type Lecture, LectureKeySchema } from '../model/lectures';
import { EditableKindSchema, type Note, NoteSchema, NoteTextSchema } from '../model/notes';
import { fromLectureFrame, fromPages, type SenderRule } from './senders';

export const noteRequests = {
  /** A new note pinned to a moment; the reply comes once it is durable. */
  'note/add': v.strictObject({
    lectureKey: LectureKeySchema,
    time: videoSeconds,
    kind: EditableKindSchema,
    text: NoteTextSchema,
  }),
  'note/update': v.strictObject({
    id: NoteIdSchema,
    changes: v.strictObject({
      text: v.optional(NoteTextSchema),
      kind: v.optional(EditableKindSchema),
      time: v.optional(videoSeconds),
    }),
  }),
  'note/delete': v.strictObject({ id: NoteIdSchema }),
  /** Undo of a delete: puts the note back exactly as `note/delete` returned it (named by its UUID). */
  'note/restore': v.strictObject({ note: v.strictObject({ ...NoteSchema.entries, id: NoteIdSchema }) }),
  'note/list': v.strictObject({ lectureKey: LectureKeySchema }),
  /** Playback progress: where the student is, and ranges of video actually played (not seeked). */
  'lecture/progress': v.strictObject({
    key: LectureKeySchema,
    position: videoSeconds,
    watched: v.pipe(v.array(RangeSchema), v.maxLength(100)),
  }),
  /**
   * The text being typed, kept so a reload or a crash does not lose it. Empty text clears it. One
   * draft per lecture and tab: the sender's tab names it (utils/notes/drafts.ts), not the payload.
   */
  'draft/save': v.omit(DraftSchema, ['savedAt']),
  'draft/get': v.strictObject({ lectureKey: LectureKeySchema }),
  'draft/clear': v.strictObject({ lectureKey: LectureKeySchema }),
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

/** Who may send each (./senders.ts): notes and drafts only from Lectern's pages (the overlay's iframe). */
export const noteSenders = {
  'note/add': fromPages,
  'note/update': fromPages,
  'note/delete': fromPages,
  'note/restore': fromPages,
  'note/list': fromPages,
  'lecture/progress': fromLectureFrame('key'),
  'draft/save': fromPages,
  'draft/get': fromPages,
  'draft/clear': fromPages,
} satisfies Record<keyof typeof noteRequests, SenderRule>;
