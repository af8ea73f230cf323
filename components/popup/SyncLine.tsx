import { useSyncStatus } from '@/utils/hooks/use-sync-status';
import { describeSyncStatus } from '@/utils/sync/status-words';
import { SyncSummary } from '../shared/SyncSummary';

/** One line in the popup when sync is set up: the last sync or its problem, pending changes, "Sync now". */
export function SyncLine() {
  const { status, syncing, syncNow } = useSyncStatus();
  if (!status?.configured) return null;
  const words = describeSyncStatus(status, Date.now());
  return (
    <div class="sync-line" aria-live="polite" data-testid="sync-line">
      <SyncSummary words={words}>
        <button type="button" disabled={syncing} onClick={() => void syncNow()}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
      </SyncSummary>
    </div>
  );
}
