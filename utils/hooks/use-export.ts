import { useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../export/exporter';
import { downloadFile, type ExportProgress, runExport } from '../export/run-export';
import type { ExportScope } from '../export/snapshot';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; progress: ExportProgress }
  | { status: 'done'; fileName: string; notes: number; lectures: number; images: number }
  | { status: 'failed'; error: string };

/** Runs an export with progress and saves the file; one at a time, cancellable. */
export function useExport() {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const start = async (format: ExportFormat, scope: ExportScope) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'running', progress: { done: 0, total: 0, unit: 'notes' } });
    try {
      const file = await runExport({
        format,
        scope,
        now: Date.now(),
        signal: abort.signal,
        onProgress: (progress) => setState({ status: 'running', progress }),
      });
      downloadFile(file.blob, file.fileName);
      const { fileName, notes, lectures, images } = file;
      setState({ status: 'done', fileName, notes, lectures, images });
    } catch (error) {
      if (abort.signal.aborted) setState({ status: 'idle' });
      else setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, start, cancel: () => controller.current?.abort() };
}
