/** The sessions repository: the only code that reads and writes the `sessions` table. */

import type { FocusSession } from '../model/sessions';
import { db } from './database';

/**
 * Stores a finished session. Keyed by the session's id, so recording the same session again
 * (a runner retried after the background was stopped mid-write) replaces it: never counted twice.
 */
export async function recordSession(session: FocusSession): Promise<void> {
  await db.sessions.put(session);
}

/** Sessions that started at or after `since`, oldest first. */
export function listSessionsSince(since: number): Promise<FocusSession[]> {
  return db.sessions.where('startedAt').aboveOrEqual(since).toArray();
}

/** The most recent sessions first. */
export function listRecentSessions(limit: number): Promise<FocusSession[]> {
  return db.sessions.orderBy('startedAt').reverse().limit(limit).toArray();
}

export function getSession(id: string): Promise<FocusSession | undefined> {
  return db.sessions.get(id);
}
