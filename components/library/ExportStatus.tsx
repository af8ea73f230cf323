import type { ExportState } from '@/utils/hooks/use-export';
import { CouldNot } from '../shared/CouldNot';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** An export's progress (notes written, then images packed), the file it saved, or why it failed. */
export function ExportStatus({ state }: { state: ExportState }) {
  const progress = state.status === 'running' ? state.progress : null;
  const counted = progress && `${progress.done} of ${progress.total} ${progress.unit}`;
  return (
    <>
      {progress ? (
        <p>
          <label>
            {progress.unit === 'images' ? 'Packing the images in a .zip…' : 'Exporting…'}{' '}
            <progress max={Math.max(1, progress.total)} value={progress.done} aria-valuetext={counted ?? undefined} />
          </label>{' '}
          <span class="muted">{counted}</span>
        </p>
      ) : null}
      <div aria-live="polite">
        {state.status === 'done' ? (
          <p class="status-ok">
            Saved <strong>{state.fileName}</strong>
            {state.images > 0 ? ` (.zip, ${count(state.images, 'image', 'images')})` : ''}:{' '}
            {count(state.notes, 'note', 'notes')} from {count(state.lectures, 'lecture', 'lectures')}.
          </p>
        ) : null}
      </div>
      {state.status === 'failed' ? <CouldNot what="export" error={state.error} /> : null}
    </>
  );
}
