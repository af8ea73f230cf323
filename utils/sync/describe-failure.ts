/** A failed pass in the student's words (the popup and the options page show it as it is). */
import { SyncKeyError } from './key-check';
import { NewerLibraryError } from './library-file';
import { UnreadableFileError } from './remote-folder';
import { isWebDavError } from './webdav-errors';

export function describeSyncFailure(error: unknown): string {
  if (isWebDavError(error) || error instanceof NewerLibraryError || error instanceof SyncKeyError) return error.message;
  if (error instanceof UnreadableFileError) {
    return `A file in the sync folder could not be read (${error.message}). If you use encryption, check that the passphrase is the one your other devices use.`;
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'This device is out of disk space, so Lectern could not save what it downloaded. Free some space; nothing was lost.';
  }
  return `Sync stopped: ${error instanceof Error ? error.message : String(error)}. Lectern will try again.`;
}

/** The line shown when some files could not be read although the pass went through. */
export function describeUnreadable(names: string[]): string | null {
  if (names.length === 0) return null;
  return `${names.length === 1 ? 'One file' : `${names.length} files`} in the sync folder could not be read and were left as they are. If you use encryption, check that the passphrase is the one your other devices use.`;
}

/** The line shown when snapshots on the server were refused (nothing of them stored; the notes synced). */
export function describeSkippedSnapshots(skipped: { reason: string }[]): string | null {
  const [first] = skipped;
  if (!first) return null;
  const which = skipped.length === 1 ? 'One snapshot' : `${skipped.length} snapshots`;
  return `${which} on the server could not be used and ${skipped.length === 1 ? 'was' : 'were'} left out (${first.reason}); the notes themselves synced.`;
}
