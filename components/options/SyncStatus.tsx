import { useSyncStatus } from '@/utils/hooks/use-sync-status';
import { describeSyncStatus } from '@/utils/sync/status-words';
import { SyncSummary } from '../shared/SyncSummary';

/**
 * How sync stands on this device (beside the set-up form, SyncSetup.tsx): the last sync, changes
 * not synced yet, the last problem in plain words and when Lectern tries again; and "Sync now".
 */
export function SyncStatus() {
  const { status, error, syncing, syncNow } = useSyncStatus();
  const words = status ? describeSyncStatus(status, Date.now()) : null;
  return (
    <section class="options-section" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">Sync status</h2>
      {/* Not an alert: the status is not the student's doing, and "Sync now" says its own failure. */}
      {error ? <p class="muted">Lectern could not read the sync status: {error}</p> : null}
      {!words ? (
        error ? null : (
          <p aria-busy="true" class="muted">
            Reading the sync status…
          </p>
        )
      ) : (
        <div aria-live="polite" data-testid="sync-status">
          <SyncSummary words={words} />
          {words.retry ? <p class="muted">{words.retry}</p> : null}
          {status?.configured ? null : (
            <p class="muted">Set up your WebDAV storage above to keep your library the same on every device.</p>
          )}
        </div>
      )}
      {status?.configured ? (
        <p>
          <button
            type="button"
            data-testid="sync-now"
            disabled={syncing}
            aria-busy={syncing}
            onClick={() => void syncNow()}
          >
            {syncing ? 'Syncing…' : 'Sync now'}
          </button>
        </p>
      ) : null}
    </section>
  );
}
