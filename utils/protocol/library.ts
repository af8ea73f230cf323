/** Library messages (extension pages → background). Part of the protocol in ./messages.ts. */
import * as v from 'valibot';
import { fromPages, type SenderRule } from './senders';

export const libraryRequests = {
  /** How many review items are due now (the popup shows it without opening the database itself). */
  'library/due-count': v.strictObject({}),
  /** "Delete all my Lectern data" (the options page): everything, as one operation (utils/backup/wipe.ts). */
  'library/wipe': v.strictObject({}),
} as const;

export interface LibraryResponses {
  'library/due-count': { due: number };
  'library/wipe': { wiped: true };
}

/** Who may send each (./senders.ts). */
export const librarySenders = {
  'library/due-count': fromPages,
  'library/wipe': fromPages,
} satisfies Record<keyof typeof libraryRequests, SenderRule>;
