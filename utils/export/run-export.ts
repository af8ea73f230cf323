/**
 * Runs an export in the page without freezing it: reads the library, then writes the file part
 * by part, handing control back to the page every few milliseconds and reporting progress.
 * An export with attachments (Markdown with snapshot images) becomes a .zip of the text and them.
 * The exporters stay pure; this runner is the one place with a clock and yields.
 */
import { readLibrary } from '../db/library';
import { getSnapshots } from '../db/snapshots';
import { readAllSettings } from '../settings/registry';
import type { Exporter, ExportFormat } from './exporter';
import { exportFileName } from './file-name';
import { EXPORTERS } from './formats';
import { nextTask, pacer } from './pace';
import { type ExportScope, type LibrarySnapshot, selectForExport } from './snapshot';
import { zipExport } from './zip-export';

export interface ExportProgress {
  done: number;
  total: number;
  /** What is counted: the notes written, then the images packed in a .zip. */
  unit: 'notes' | 'images';
}

export interface ExportFile {
  fileName: string;
  blob: Blob;
  /** Notes in the export. */
  notes: number;
  lectures: number;
  /** Images packed beside the text (the file is then a .zip); 0 for a plain file. */
  images: number;
}

export interface RunExportOptions {
  format: ExportFormat;
  scope: ExportScope;
  now: number;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Hands control back to the page (tests pass a no-op). */
  pause?: () => Promise<void>;
  /** Milliseconds of work between pauses. */
  sliceMs?: number;
}

/** The exported notes' snapshots, for an exporter that declares it needs them (and only theirs). */
export async function withSnapshotsFor(exporter: Exporter, library: LibrarySnapshot): Promise<LibrarySnapshot> {
  if (!exporter.withSnapshots) return library;
  try {
    return { ...library, snapshots: await getSnapshots(library.notes.map((note) => note.id)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the notes' snapshot images could not be read (${reason}). Nothing was changed; try again.`);
  }
}

export async function runExport(options: RunExportOptions): Promise<ExportFile> {
  const { format, scope, now, onProgress, signal, pause = nextTask, sliceMs = 12 } = options;
  const exporter = EXPORTERS[format];
  const library = await withSnapshotsFor(exporter, selectForExport(await readLibrary(), scope));
  const settings = format === 'json' && scope.kind === 'all' ? await readAllSettings() : undefined;
  const total = library.notes.length;
  const parts: string[] = [];
  const pace = pacer(pause, sliceMs);
  let done = 0;
  onProgress?.({ done, total, unit: 'notes' });
  for (const part of exporter.parts(library, { now, settings })) {
    signal?.throwIfAborted();
    parts.push(part.text);
    done += part.notes;
    await pace.step(() => onProgress?.({ done, total, unit: 'notes' }));
  }
  onProgress?.({ done: total, total, unit: 'notes' });
  const subject =
    scope.kind === 'lecture' ? (library.lectures[0]?.title ?? 'lecture') : scope.kind === 'notes' ? scope.title : null;
  const textName = exportFileName(subject, exporter.extension, now);
  const counts = { notes: total, lectures: library.lectures.length };
  const attachments = exporter.attachments?.(library) ?? [];
  if (attachments.length === 0) {
    return { fileName: textName, blob: new Blob(parts, { type: exporter.mimeType }), ...counts, images: 0 };
  }
  const images = attachments.length;
  onProgress?.({ done: 0, total: images, unit: 'images' });
  const blob = await zipExport({
    textName,
    textParts: parts,
    attachments,
    now,
    pacer: pace,
    signal,
    onAttachment: (packed) => onProgress?.({ done: packed, total: images, unit: 'images' }),
  });
  return { fileName: exportFileName(subject, 'zip', now), blob, ...counts, images };
}

/** Saves a file the way a link with `download` does: no `downloads` permission needed. */
export function downloadFile(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
