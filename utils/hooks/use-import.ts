import { useState } from 'preact/hooks';
import {
  applyImport,
  type Backup,
  checkBackupSize,
  type ImportSummary,
  parseBackup,
  type SkippedSnapshots,
  summarizeImport,
} from '../backup/apply';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'review'; fileName: string; backup: Backup; summary: ImportSummary }
  | { status: 'applying'; fileName: string }
  | { status: 'done'; fileName: string; written: number; snapshots: number; skipped: SkippedSnapshots }
  | { status: 'failed'; fileName: string; error: string };

/** Read a backup file → show its summary → apply on confirmation. Nothing is written before. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const choose = async (file: File) => {
    const fileName = file.name;
    const sizeError = checkBackupSize(file.size);
    if (sizeError) return setState({ status: 'failed', fileName, error: sizeError });
    setState({ status: 'reading', fileName });
    try {
      const result = parseBackup(await file.text());
      if (!result.ok) return setState({ status: 'failed', fileName, error: result.error });
      setState({ status: 'review', fileName, backup: result.backup, summary: await summarizeImport(result.backup) });
    } catch (error) {
      setState({ status: 'failed', fileName, error: `Lectern could not read this file: ${String(error)}` });
    }
  };
  const confirm = async () => {
    if (state.status !== 'review') return;
    const { fileName, backup, summary } = state;
    setState({ status: 'applying', fileName });
    const outcome = await applyImport(backup);
    if (!outcome.ok) return setState({ status: 'failed', fileName, error: outcome.error });
    const { written } = outcome;
    setState({
      status: 'done',
      fileName,
      written: written.lectures.length + written.notes.length + written.sessions.length,
      snapshots: written.snapshots?.length ?? 0,
      skipped: summary.skippedSnapshots,
    });
  };
  return { state, choose, confirm, reset: () => setState({ status: 'idle' }) };
}
