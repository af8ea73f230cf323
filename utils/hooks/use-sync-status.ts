import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../protocol/send';
import type { SyncStatusReply } from '../protocol/sync';
import { syncStatusItem } from '../sync/sync-state-items';

/**
 * How sync stands, asked of the background (`sync/status`, so the popup loads no Dexie), again
 * whenever a pass changes the stored status; and "Sync now". `status` is undefined until the
 * first answer; `error` says why the background could not answer.
 */
export function useSyncStatus() {
  const [status, setStatus] = useState<SyncStatusReply>();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    let live = true;
    const ask = () =>
      sendMessage('sync/status', {}).then(
        (reply) => {
          if (!live) return;
          setStatus(reply);
          setError(null);
        },
        (failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    void ask();
    const unwatch = syncStatusItem.watch(() => void ask());
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const syncNow = useCallback(async () => {
    setAsking(true);
    try {
      setStatus(await sendMessage('sync/now', {}));
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setAsking(false);
    }
  }, []);
  return { status, error, syncing: asking || status?.runningSince != null, syncNow };
}
