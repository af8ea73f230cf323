/**
 * The student's sync folder as set up in Options (the storage, the folder, encryption), or null
 * when sync is not set up on this device.
 */
import type { SyncFolder } from '../remote-folder';

export async function openSyncFolder(): Promise<SyncFolder | null> {
  return null;
}

export async function isSyncConfigured(): Promise<boolean> {
  return (await openSyncFolder()) !== null;
}
