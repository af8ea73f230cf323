import * as v from 'valibot';

/** A new random id (UUID v4 from the platform): notes, timer runs. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The id of a note the app made (`newId`): messages name notes only by these. */
export const NoteIdSchema = v.pipe(v.string(), v.uuid('must be a note id'));

/**
 * The id of a stored note or session as a backup carries it: focus sessions are named
 * `<end time>-<seq>` (utils/timer/machine.ts), and notes imported from a backup keep its ids.
 */
export const RecordIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));
