import type { ExportState } from '@/utils/hooks/use-export';
import { CouldNot } from '../shared/CouldNot';

/** An export's progress, the file it saved, or why it failed. */
export function ExportStatus({ state }: { state: ExportState }) {
  return (
    <>
      {state.status === 'running' ? (
        <p>
          <label>
            Exporting…{' '}
            <progress
              max={Math.max(1, state.progress.total)}
              value={state.progress.done}
              aria-valuetext={`${state.progress.done} of ${state.progress.total} notes`}
            />
          </label>{' '}
          <span class="muted">
            {state.progress.done} of {state.progress.total} notes
          </span>
        </p>
      ) : null}
      <div aria-live="polite">
        {state.status === 'done' ? (
          <p class="status-ok">
            Saved <strong>{state.fileName}</strong>: {state.notes} {state.notes === 1 ? 'note' : 'notes'} from{' '}
            {state.lectures} {state.lectures === 1 ? 'lecture' : 'lectures'}.
          </p>
        ) : null}
      </div>
      {state.status === 'failed' ? <CouldNot what="export" error={state.error} /> : null}
    </>
  );
}
