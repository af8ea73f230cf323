/**
 * The upgrade functions of the schema versions in ./database.ts, one per version that needs one,
 * each tested by opening a database written by the version before (tests/unit/utils/db/database.test.ts).
 */
import type { Transaction } from 'dexie';
import { REVIEW_KINDS } from '../model/kinds';
import type { Note } from '../model/notes';

/** Version 2 (revision): every existing question and recall becomes a review item, due from when it was written. */
export function makeReviewItemsDue(transaction: Transaction) {
  return transaction
    .table<Note, string>('notes')
    .toCollection()
    .modify((note) => {
      if (REVIEW_KINDS.includes(note.kind) && note.reviewDue === undefined) note.reviewDue = note.createdAt;
    });
}
