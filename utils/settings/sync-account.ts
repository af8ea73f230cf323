/**
 * The sync account (utils/model/sync-account.ts) in `storage.local`: on this device only.
 * Deliberately not in items.ts / registry.ts: the registry's settings go into JSON backups and
 * "Reset to defaults", and this holds the storage's app password and the encryption passphrase.
 * Never `storage.sync` (the browser would copy it to the student's other browsers and its
 * vendor's servers). "Delete all my data" clears it with the rest of storage.local.
 */
import { storage } from 'wxt/utils/storage';
import type { SyncAccount } from '../model/sync-account';

export interface SavedSyncAccount extends SyncAccount {
  /** From the last successful "Test connection": whether the server honours If-Match. */
  conditionalWrites: boolean | null;
  /** When the student saved it (epoch ms). */
  savedAt: number;
}

export const syncAccountSetting = storage.defineItem<SavedSyncAccount | null>('local:syncAccount', {
  fallback: null,
  version: 1,
});
