import { useState } from 'preact/hooks';
import type { ExportFormat } from '@/utils/export/exporter';
import { useExport } from '@/utils/hooks/use-export';
import { ExportButtons } from './ExportButtons';
import { ExportStatus } from './ExportStatus';
import { FilterSelect } from './FilterSelect';
import { FORMAT_CHOICES } from './format-choices';
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
        <FilterSelect
          label="Format"
          name="results-format"
          value={format}
          onChange={(value) => setFormat(value as ExportFormat)}
          choices={FORMAT_CHOICES}
        />
        <ExportButtons running={running} onCancel={cancel}>
          Export these results
        </ExportButtons>
        <span class="muted">
          {noteIds.length} {noteIds.length === 1 ? 'note' : 'notes'}
        </span>
      </form>
      <ExportStatus state={state} />
    </section>
  );
}
