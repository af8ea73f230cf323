import { useState } from 'preact/hooks';
import type { ExportFormat } from '@/utils/export/exporter';
import type { ExportScope } from '@/utils/export/snapshot';
import { useExport } from '@/utils/hooks/use-export';
import { routeHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';
import { RadioGroup } from '../shared/RadioGroup';
import { ExportButtons } from './ExportButtons';
import { ExportScopeFields } from './ExportScopeFields';
import { ExportStatus } from './ExportStatus';
import { FORMAT_CHOICES } from './format-choices';

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
        <RadioGroup
          legend="Format"
          name="export-format"
          value={format}
          choices={FORMAT_CHOICES}
          onChange={(value) => setFormat(value)}
        />
        <ExportScopeFields lectures={lectures} scope={scope} onChange={setScope} />
        <p class="actions">
          <ExportButtons running={running} onCancel={cancel} primary>
            Export
          </ExportButtons>
          <a href={routeHref('print', scope.kind === 'lecture' ? scope.lectureKey : undefined)}>
            Print view (Save as PDF)
          </a>
        </p>
      </form>
      <ExportStatus state={state} />
    </section>
  );
}
