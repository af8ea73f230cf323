/** Every export format, by id, in the order the export panel offers them. */
import { ankiExporter } from './anki';
import { csvExporter } from './csv';
import type { Exporter, ExportFormat } from './exporter';
import { jsonExporter } from './json';
import { markdownExporter } from './markdown';

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  markdown: markdownExporter,
  json: jsonExporter,
  csv: csvExporter,
  anki: ankiExporter,
};
