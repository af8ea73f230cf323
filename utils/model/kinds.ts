/**
 * The lists behind the note schemas (./notes.ts), as plain data: the overlay's editor imports them
 * without loading valibot (a value imported from a schema module brings valibot into that page).
 */

export const NOTE_KINDS = ['note', 'question', 'recall', 'bookmark'] as const;

/** Kinds a student picks in the editor; `recall` notes come from review prompts. */
export const EDITABLE_KINDS = [
  'note',
  'question',
  'bookmark',
] as const satisfies readonly (typeof NOTE_KINDS)[number][];

/** Notes that become review items: questions, recalls (and recalls marked 'lost': segments to replay). */
export const REVIEW_KINDS: readonly (typeof NOTE_KINDS)[number][] = ['question', 'recall'];

/** How well the student recalled a segment (a review prompt's answer). */
export const CONFIDENCES = ['got', 'shaky', 'lost'] as const;

/** The longest note Lectern stores (about four pages of text). */
export const MAX_NOTE_LENGTH = 10_000;

/** The longest caption a note keeps (the words said before it: a few sentences; the page side keeps the latest). */
export const MAX_CAPTION_LENGTH = 1_000;

/** What an edit made on an older version of a note is refused with (utils/db/notes.ts). */
export const STALE_NOTE_EDIT = 'This note was changed in another tab; reload to see it.';
