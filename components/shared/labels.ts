/**
 * What the student reads for a note's kind and a recall's confidence, on every surface (the
 * overlay's editor and prompt, the library, the print view). Written once here.
 */
import type { Confidence, NoteKind } from '@/utils/model/notes';

export const KIND_LABELS: Record<NoteKind, string> = {
  note: 'Note',
  question: 'Question',
  recall: 'Recall',
  bookmark: 'Bookmark',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  got: 'Got it',
  shaky: 'Shaky',
  lost: 'Lost',
};
