import { MAX_BACKUP_BYTES, skippedSnapshotsText } from '@/utils/backup/apply';
import { useImport } from '@/utils/hooks/use-import';
import { ImportSummaryTable } from './ImportSummaryTable';

/** Import a JSON backup: choose the file, read the summary, then confirm. */
export function ImportPanel() {
  const { state, choose, confirm, reset } = useImport();
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">Import a backup</h2>
      <p class="muted">
        A JSON backup exported by Lectern (at most {MAX_BACKUP_BYTES / 1024 / 1024} MB). Nothing changes until you
        confirm; records are merged, the newer version of each winning.
      </p>
      <label>
        Backup file{' '}
        <input
          type="file"
          accept=".json,application/json"
          disabled={state.status === 'reading' || state.status === 'applying'}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void choose(file);
          }}
        />
      </label>
      {state.status === 'reading' ? <p aria-busy="true">Reading {state.fileName}…</p> : null}
      {state.status === 'review' ? (
        <div class="import-review">
          <ImportSummaryTable summary={state.summary} />
          <p class="actions">
            <button type="button" class="primary" onClick={() => void confirm()}>
              Import
            </button>
            <button type="button" onClick={reset}>
              Cancel
            </button>
          </p>
        </div>
      ) : null}
      {state.status === 'applying' ? <p aria-busy="true">Importing {state.fileName}…</p> : null}
      <div aria-live="polite">
        {state.status === 'done' ? (
          <p class="status-ok">
            Imported {state.fileName}: {state.written} {state.written === 1 ? 'record' : 'records'} added or updated
            {state.snapshots > 0 ? `, and ${state.snapshots} ${state.snapshots === 1 ? 'snapshot' : 'snapshots'}` : ''}.{' '}
            {skippedSnapshotsText(state.skipped)}
          </p>
        ) : null}
      </div>
      {state.status === 'failed' ? (
        <p role="alert">
          {state.fileName}: {state.error}
        </p>
      ) : null}
    </section>
  );
}
