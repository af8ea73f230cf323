/** Sync messages (extension pages → background). Part of the protocol in ./messages.ts. */
import * as v from 'valibot';
import type { SyncStatus } from '../sync/sync-state-items';
import { fromPages, type SenderRule } from './senders';

export const syncRequests = {
  /** "Sync now" (the popup, the options page): runs a pass, or joins the one under way. */
  'sync/now': v.strictObject({}),
  /** How sync stands: the last pass, its error in plain words, the changes not yet synced. */
  'sync/status': v.strictObject({}),
} as const;

export interface SyncStatusReply extends SyncStatus {
  /** Sync is set up on this device. */
  configured: boolean;
  /** Changes made here that no pass has carried to the server yet. */
  pending: number;
}

export interface SyncResponses {
  'sync/now': SyncStatusReply;
  'sync/status': SyncStatusReply;
}

/** Who may send each (./senders.ts). */
export const syncSenders = {
  'sync/now': fromPages,
  'sync/status': fromPages,
} satisfies Record<keyof typeof syncRequests, SenderRule>;
