import { useState } from 'preact/hooks';
import type { ExportFormat } from '@/utils/export/exporter';
import { EXPORTERS } from '@/utils/export/formats';
import { useExport } from '@/utils/hooks/use-export';
import { ExportStatus } from './ExportStatus';
import './export.css';

interface Props {
  /** The notes the search shows now, every match (not only the ones on screen), best first. */
  noteIds: readonly string[];
  /** Names the file: "search entropy" → lectern-search-entropy-<date>.md. */
  title: string;
}

/** "Export these results": exactly the notes a search or filter shows, in any export format. */
export function ExportResults({ noteIds, title }: Props) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const { state, start, cancel } = useExport();
  const running = state.status === 'running';
  return (
    <section class="export-results" aria-label="Export these results">
      <form
        class="actions"
        onSubmit={(event) => {
          event.preventDefault();
          void start(format, { kind: 'notes', noteIds, title });
        }}
      >
        <label>
          Format{' '}
          <select
            name="results-format"
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
          >
            {Object.values(EXPORTERS).map((exporter) => (
              <option key={exporter.format} value={exporter.format}>
                {exporter.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={running}>
          Export these results
        </button>
        {running ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
        <span class="muted">
          {noteIds.length} {noteIds.length === 1 ? 'note' : 'notes'}
        </span>
      </form>
      <ExportStatus state={state} />
    </section>
  );
}
