import { useState } from 'preact/hooks';
import type { ExportFormat } from '@/utils/export/exporter';
import { EXPORTERS } from '@/utils/export/formats';
import type { ExportScope } from '@/utils/export/snapshot';
import { useExport } from '@/utils/hooks/use-export';
import { routeHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';
import { ExportScopeFields } from './ExportScopeFields';
import { ExportStatus } from './ExportStatus';

interface Props {
  lectures: Lecture[];
  /** Preselects one lecture (from `#/export/<key>`). */
  lectureKey?: string;
}

/** Export the library, one lecture or a filtered set as Markdown, JSON, CSV or Anki cards. */
export function ExportPanel({ lectures, lectureKey }: Props) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [scope, setScope] = useState<ExportScope>(() =>
    lectureKey && lectures.some((lecture) => lecture.key === lectureKey)
      ? { kind: 'lecture', lectureKey }
      : { kind: 'all' },
  );
  const { state, start, cancel } = useExport();
  const running = state.status === 'running';
  return (
    <section class="panel" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void start(format, scope);
        }}
      >
        <fieldset>
          <legend>Format</legend>
          {Object.values(EXPORTERS).map((exporter) => (
            <label key={exporter.format}>
              <input
                type="radio"
                name="export-format"
                value={exporter.format}
                checked={format === exporter.format}
                onChange={() => setFormat(exporter.format)}
              />{' '}
              {exporter.label}
            </label>
          ))}
        </fieldset>
        <ExportScopeFields lectures={lectures} scope={scope} onChange={setScope} />
        <p class="actions">
          <button type="submit" class="primary" disabled={running}>
            Export
          </button>
          {running ? (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          ) : null}
          <a href={routeHref('print', scope.kind === 'lecture' ? scope.lectureKey : undefined)}>
            Print view (Save as PDF)
          </a>
        </p>
      </form>
      <ExportStatus state={state} />
    </section>
  );
}
