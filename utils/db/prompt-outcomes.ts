/**
 * The review prompt outcomes repository: a recall answer is a note of kind `recall` (with its segment and
 * confidence); the counts, the prompted video time and the segments to rewatch live on the
 * lecture (`Lecture.prompts`, no index). Repository functions: callers never touch `db`.
 */
import type { PromptOutcomes } from '../model/lectures';
import type { Confidence, Note } from '../model/notes';
import { mergeRanges, type Range } from '../model/ranges';
import { db } from './database';
import { getLecture, NO_PROMPT_OUTCOMES, updateLecturePrompts } from './lectures';
import { addNote, listNotesByLecture } from './notes';

export interface RecallAnswerInput {
  lectureKey: string;
  segment: Range;
  /** The video time the prompt settles (see utils/prompts/scheduler.ts). */
  covered: Range[];
  text: string;
  confidence: Confidence | null;
}

/** Stores the answer as a recall note and counts it, in one transaction. */
export async function saveRecallAnswer(
  input: RecallAnswerInput,
  now: number,
): Promise<{ note: Note; outcomes: PromptOutcomes | null }> {
  return db.transaction('rw', [db.notes, db.lectures], async () => {
    const note = await addNote(
      {
        lectureKey: input.lectureKey,
        time: input.segment[1],
        kind: 'recall',
        text: input.text,
        segment: input.segment,
        ...(input.confidence ? { confidence: input.confidence } : {}),
      },
      now,
    );
    const outcomes = await updateLecturePrompts(
      input.lectureKey,
      (current) => ({
        ...current,
        answered: current.answered + 1,
        prompted: mergeRanges(current.prompted, [input.segment, ...input.covered]),
        rewatch: input.confidence === 'lost' ? mergeRanges(current.rewatch, [input.segment]) : current.rewatch,
      }),
      now,
    );
    return { note, outcomes };
  });
}

/** Counts a skipped prompt (its video time is prompted) or a snoozed one (asked again later). */
export function recordPromptOutcome(
  lectureKey: string,
  outcome: 'skipped' | 'snoozed',
  covered: Range[],
  now: number,
): Promise<PromptOutcomes | null> {
  return updateLecturePrompts(
    lectureKey,
    (current) =>
      outcome === 'snoozed'
        ? { ...current, snoozed: current.snoozed + 1 }
        : { ...current, skipped: current.skipped + 1, prompted: mergeRanges(current.prompted, covered) },
    now,
  );
}

/** A lecture's prompt outcomes; `prompted` also includes every recall note's segment. */
export async function getPromptOutcomes(lectureKey: string): Promise<PromptOutcomes> {
  const [lecture, notes] = await Promise.all([getLecture(lectureKey), listNotesByLecture(lectureKey)]);
  const stored = lecture?.prompts ?? NO_PROMPT_OUTCOMES;
  const recalled = notes.flatMap((note) => (note.kind === 'recall' && note.segment ? [note.segment] : []));
  return { ...stored, prompted: mergeRanges(stored.prompted, recalled) };
}
