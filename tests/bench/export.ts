/**
 * Export bench (part of `npm run bench`): the same 10,000 generated notes as the search bench,
 * in Node. For each format: the whole export's time, its size, and the longest single part (the
 * longest the page is busy between two progress updates, since the runner yields between parts).
 * Then reading the JSON backup back: parse + schema validation + duplicate checks.
 */
import { performance } from 'node:perf_hooks';
import { parseBackup } from '../../utils/backup/file';
import type { ExportPart } from '../../utils/export/exporter';
import { EXPORTERS } from '../../utils/export/formats';
import { selectForExport } from '../../utils/export/snapshot';
import { generateLibrary } from './search';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function benchExport(): string[] {
  const { notes, lectures } = generateLibrary();
  const now = Date.UTC(2026, 10, 25);
  const lines = [`Export, ${notes.length} notes in ${lectures.length} lectures, in Node (median of ${RUNS} runs):`];
  let backup = '';
  for (const exporter of Object.values(EXPORTERS)) {
    const totals: number[] = [];
    const longestParts: number[] = [];
    let text = '';
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      const library = selectForExport({ notes, lectures, sessions: [] }, { kind: 'all' });
      let longest = performance.now() - start;
      const parts: string[] = [];
      const iterator = exporter.parts(library, { now, settings: {} })[Symbol.iterator]();
      for (;;) {
        const partStart = performance.now();
        const next: IteratorResult<ExportPart> = iterator.next();
        longest = Math.max(longest, performance.now() - partStart);
        if (next.done) break;
        parts.push(next.value.text);
      }
      text = parts.join('');
      totals.push(performance.now() - start);
      longestParts.push(longest);
    }
    if (exporter.format === 'json') backup = text;
    lines.push(
      `  ${exporter.format.padEnd(8)} ${median(totals).toFixed(0).padStart(4)} ms, ${(text.length / 1024 / 1024).toFixed(1)} MB, longest part ${median(longestParts).toFixed(1)} ms`,
    );
  }
  const parseMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = parseBackup(backup);
    parseMs.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error);
  }
  lines.push(`  import: reading + validating the JSON backup ${median(parseMs).toFixed(0)} ms`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchExport()) console.log(line);
