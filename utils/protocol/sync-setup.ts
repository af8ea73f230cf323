/**
 * Sync set-up messages (the options page → background). Part of the protocol in ./messages.ts.
 * The background runs the check so it goes through the same fetch, host access and client as sync.
 */
import { SyncAccountSchema } from '../model/sync-account';
import type { SyncSetupReport } from '../sync/setup-check';
import { fromPages, type SenderRule } from './senders';

export const syncSetupRequests = {
  /** "Test connection": the account as typed in the form (not yet saved). */
  'sync/test-connection': SyncAccountSchema,
} as const;

export interface SyncSetupResponses {
  'sync/test-connection': SyncSetupReport;
}

/** Who may send each (./senders.ts): only Lectern's pages; it carries a password. */
export const syncSetupSenders = {
  'sync/test-connection': fromPages,
} satisfies Record<keyof typeof syncSetupRequests, SenderRule>;
