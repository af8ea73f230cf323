/**
 * Packs an export's text and its attachments (snapshot images) in a .zip with fflate, piece by
 * piece so the page never freezes: the text deflated, the images stored as they are (WebP and
 * JPEG are compressed already: deflating them again costs time and saves nothing).
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Pacer } from './pace';
import type { ExportAttachment } from './snapshot-images';

export const ZIP_MIME = 'application/zip';

export interface ZipExportInput {
  /** The text file's name inside the archive (e.g. `lectern-library-2026-12-02.md`). */
  textName: string;
  textParts: readonly string[];
  attachments: readonly ExportAttachment[];
  /** Epoch ms: every entry's modification time (the export's date). */
  now: number;
  pacer: Pacer;
  signal?: AbortSignal;
  /** After each attachment: how many are packed. */
  onAttachment?: (done: number) => void;
}

/** Why a .zip could not be made, as the sentence the export panel shows. */
export class ZipFailure extends Error {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`the .zip could not be made (${reason}). Nothing was changed; try again.`);
  }
}

export async function zipExport(input: ZipExportInput): Promise<Blob> {
  const { textName, textParts, attachments, now, pacer, signal, onAttachment } = input;
  const chunks: Uint8Array[] = [];
  let failure: unknown = null;
  const archive = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const check = () => {
    if (signal?.aborted) archive.terminate();
    signal?.throwIfAborted();
    if (failure !== null) throw new ZipFailure(failure);
  };
  try {
    const text = new ZipDeflate(textName, { level: 6 });
    text.mtime = now;
    archive.add(text);
    const encoder = new TextEncoder();
    for (const part of textParts) {
      text.push(encoder.encode(part));
      check();
      await pacer.step();
    }
    text.push(new Uint8Array(0), true);
    for (const [index, attachment] of attachments.entries()) {
      const file = new ZipPassThrough(attachment.path);
      file.mtime = now;
      archive.add(file);
      file.push(attachment.data, true);
      check();
      onAttachment?.(index + 1);
      await pacer.step();
    }
    archive.end();
    check();
  } catch (error) {
    if (signal?.aborted || error instanceof ZipFailure) throw error;
    throw new ZipFailure(error);
  }
  return new Blob(chunks as BlobPart[], { type: ZIP_MIME });
}
