/**
 * library.json, the marker of a Lectern library in the sync folder: its format, version and the
 * salt its file names are made with (./file-names.ts). Written once, by the first device to sync,
 * with If-None-Match: * (two first devices at once: one wins, the other reads its salt).
 */
import * as v from 'valibot';
import { LIBRARY_FILE, LIBRARY_FORMAT, LIBRARY_VERSION, newSalt } from './file-names';
import { readData, type SyncFolder, UnreadableFileError, writeData } from './remote-folder';
import { isWebDavError } from './webdav-errors';

const LibrarySchema = v.object({
  format: v.literal(LIBRARY_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  salt: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
});

export class NewerLibraryError extends Error {
  override readonly name = 'NewerLibraryError';
}

/** The library's salt and library.json's ETag: read, or (no library yet) written. */
export async function openLibrary(folder: SyncFolder): Promise<{ salt: string; etag: string | null }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const file = await readData(folder, LIBRARY_FILE);
    if (file) {
      const parsed = v.safeParse(LibrarySchema, file.data);
      if (!parsed.success) throw new UnreadableFileError(`${LIBRARY_FILE} is not a Lectern library`);
      if (parsed.output.version > LIBRARY_VERSION) {
        throw new NewerLibraryError(
          'The library on the server was written by a newer version of Lectern. Update Lectern on this device to sync.',
        );
      }
      return { salt: parsed.output.salt, etag: file.etag };
    }
    try {
      const salt = newSalt();
      const etag = await writeData(
        folder,
        LIBRARY_FILE,
        { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, salt },
        null,
      );
      return { salt, etag };
    } catch (error) {
      if (!isWebDavError(error, 'precondition-failed')) throw error;
    }
  }
  throw new UnreadableFileError(`${LIBRARY_FILE} kept changing while Lectern read it`);
}
