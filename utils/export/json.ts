/**
 * The JSON backup: complete (lectures, notes, the student's course names, sessions and, for the
 * whole library, every setting), versioned, and importable by utils/backup/apply.ts. One record
 * per line so large backups are written in parts and still diff well. Records sorted by key/id and each object's fields by
 * name: the same library always gives the same file (but for `exportedAt`), whatever order its
 * records' fields were stored in. Pure.
 */
import { chunks, type Exporter, type ExportPart } from './exporter';

export const BACKUP_FORMAT = 'lectern-backup';
export const BACKUP_VERSION = 1;

/** JSON with every object's keys in sorted order (arrays keep theirs). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

function* records<T>(name: string, items: T[], last: boolean, countsNotes: boolean): Generator<ExportPart> {
  yield { text: `  "${name}": [${items.length ? '\n' : ''}`, notes: 0 };
  let written = 0;
  for (const part of chunks(items)) {
    const lines = part.map((item, index) => {
      const isLast = written + index === items.length - 1;
      return `    ${canonicalJson(item)}${isLast ? '' : ','}\n`;
    });
    written += part.length;
    yield { text: lines.join(''), notes: countsNotes ? part.length : 0 };
  }
  yield { text: `${items.length ? '  ' : ''}]${last ? '' : ','}\n`, notes: 0 };
}

export const jsonExporter: Exporter = {
  format: 'json',
  label: 'JSON backup (importable)',
  extension: 'json',
  mimeType: 'application/json',
  *parts(library, context) {
    const head = [
      `  "format": ${JSON.stringify(BACKUP_FORMAT)}`,
      `  "version": ${BACKUP_VERSION}`,
      `  "exportedAt": ${JSON.stringify(new Date(context.now).toISOString())}`,
      ...(context.settings ? [`  "settings": ${canonicalJson(context.settings)}`] : []),
    ];
    yield { text: `{\n${head.join(',\n')},\n`, notes: 0 };
    const lectures = [...library.lectures].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const notes = [...library.notes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const sessions = [...library.sessions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    yield* records('lectures', lectures, false, false);
    yield* records('notes', notes, false, true);
    // The student's course names, where the snapshot has them (utils/db/course-names.ts).
    if (library.courseNames) {
      const courseNames = [...library.courseNames].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      yield* records('courseNames', courseNames, false, false);
    }
    yield* records('sessions', sessions, true, false);
    yield { text: '}\n', notes: 0 };
  },
};
