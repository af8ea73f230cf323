/**
 * Note, progress and draft messages (the overlay and extension pages → background). Part of the
 * protocol in ./messages.ts. Every payload is checked here before anything is written, with the
 * model's rules (utils/model/): text lengths are capped, times are finite seconds, kinds come from
 * a fixed list. A stored note is named by its id as storage keeps it (an imported note's need not
 * be a UUID).
 */
import * as v from 'valibot';
import { type Draft, DraftSchema } from '../model/drafts';
import { millis, RangeSchema, RecordIdSchema, videoSeconds } from '../model/fields';
import { type Lecture, LectureKeySchema, PlayedSchema } from '../model/lectures';
import { EditableKindSchema, type Note, NoteCaptionSchema, NoteTextSchema } from '../model/notes';
import { fromLectureFrame, fromPages, type SenderRule } from './senders';

/** Playback progress: where the student is, and ranges of video actually played (not seeked). */
export const ProgressReportSchema = v.strictObject({
  key: LectureKeySchema,
  position: videoSeconds,
  watched: v.pipe(v.array(RangeSchema), v.maxLength(100)),
  /** Lecture seconds played since the last stored report, and the wall-clock seconds they took. */
  played: v.optional(PlayedSchema),
});
export type ProgressReport = v.InferOutput<typeof ProgressReportSchema>;

export const noteRequests = {
  /** A new note pinned to a moment; the reply comes once it is durable. */
  'note/add': v.strictObject({
    lectureKey: LectureKeySchema,
    time: videoSeconds,
    kind: EditableKindSchema,
    text: NoteTextSchema,
    /** The caption said before `time`, read by the overlay's page side (capped like the note's). */
    caption: v.optional(NoteCaptionSchema),
  }),
  /** An edit, with the `updatedAt` of the note it was made on: refused if the note changed since. */
  'note/update': v.strictObject({
    id: RecordIdSchema,
    updatedAt: millis,
    changes: v.strictObject({
      text: v.optional(NoteTextSchema),
      kind: v.optional(EditableKindSchema),
      time: v.optional(videoSeconds),
    }),
  }),
  /** Deletes a note; the background keeps it a few minutes for `note/restore`. */
  'note/delete': v.strictObject({ id: RecordIdSchema }),
  /** Undo of a delete: puts back the note the background kept, exactly as it was stored. */
  'note/restore': v.strictObject({ id: RecordIdSchema }),
  'note/list': v.strictObject({ lectureKey: LectureKeySchema }),
  /** Playback progress, stored now (while a lecture plays, reports go on the progress port: ./ports.ts). */
  'lecture/progress': ProgressReportSchema,
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
