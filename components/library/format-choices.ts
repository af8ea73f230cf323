import type { ExportFormat } from '@/utils/export/exporter';
import { EXPORTERS } from '@/utils/export/formats';
import type { Choice } from '../shared/choice';

/** Every export format, as the export forms offer it. */
export const FORMAT_CHOICES: readonly Choice<ExportFormat>[] = Object.values(EXPORTERS).map((exporter) => [
  exporter.format,
  exporter.label,
]);
