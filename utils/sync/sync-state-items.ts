/**
 * What the background remembers between sync passes, in `storage.local` (never in a backup, gone
 * with "delete all my data"): which library it syncs with, and how the last passes went.
 */
import { storage } from 'wxt/utils/storage';

export interface SyncedLibrary {
  /** The library's salt (library.json): another salt is another library, synced from scratch. */
  salt: string;
  /** library.json's ETag when last read: while the listing shows it unchanged, it is not read again. */
  etag: string | null;
  /** Every local item was looked at once (the first pass finished): since then, dirty marks say what changed. */
  complete: boolean;
}

export const syncedLibraryItem = storage.defineItem<SyncedLibrary | null>('local:syncLibrary', { fallback: null });

export interface SyncStatus {
  /** When the last pass finished without an error (epoch ms). */
  lastSyncAt: number | null;
  /** The last pass's error in plain words, or null. */
  lastError: string | null;
  /** Passes failed in a row (the back-off grows with it). */
  failures: number;
  /** When the next try after a failure is due (epoch ms), or null. */
  nextRetryAt: number | null;
  /** A pass is under way (since this time), or null. */
  runningSince: number | null;
  /** Bytes sent by the last pass. */
  lastBytesSent: number;
}

export const NO_SYNC_YET: SyncStatus = {
  lastSyncAt: null,
  lastError: null,
  failures: 0,
  nextRetryAt: null,
  runningSince: null,
  lastBytesSent: 0,
};

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: NO_SYNC_YET });
