/**
 * The JSON backup: complete (lectures, notes, the student's course names, the notes' snapshots as
 * base64, sessions and, for the whole library, every setting), versioned, and importable by
 * utils/backup/apply.ts. One record per line so large backups are written in parts and still diff
 * well. Records sorted by key/id and each object's fields by name: the same library always gives the
 * same file (but for `exportedAt`), whatever order its records' fields were stored in. Pure.
 */
import type { Snapshot } from '../model/snapshots';
import { bytesToBase64 } from '../snapshots/base64';
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

interface Section<T> {
  /** How many notes an item finishes (progress). */
  counts?: (item: T) => number;
  /** The item as the file holds it (default: as it is). */
  toRecord?: (item: T) => unknown;
  /** Items per part (default: NOTES_PER_PART). */
  perPart?: number;
}

function* records<T>(name: string, items: T[], last: boolean, section: Section<T> = {}): Generator<ExportPart> {
  const { counts = () => 0, toRecord = (item: T) => item, perPart } = section;
  yield { text: `  "${name}": [${items.length ? '\n' : ''}`, notes: 0 };
  let written = 0;
  for (const part of chunks(items, perPart)) {
    const lines = part.map((item, index) => {
      const isLast = written + index === items.length - 1;
      return `    ${canonicalJson(toRecord(item))}${isLast ? '' : ','}\n`;
    });
    written += part.length;
    yield { text: lines.join(''), notes: part.reduce((sum, item) => sum + counts(item), 0) };
  }
  yield { text: `${items.length ? '  ' : ''}]${last ? '' : ','}\n`, notes: 0 };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Snapshots per part: each is up to 200 KB of base64, so a part stays under ~2 MB. */
export const SNAPSHOTS_PER_PART = 8;

/** A snapshot as the backup holds it: its facts and its image as base64 (utils/backup/snapshots.ts reads it). */
export function snapshotRecord({ data, ...facts }: Snapshot) {
  return { ...facts, base64: bytesToBase64(data) };
}

export const jsonExporter: Exporter = {
  format: 'json',
  label: 'JSON backup (importable)',
  extension: 'json',
  mimeType: 'application/json',
  withSnapshots: true,
  *parts(library, context) {
    const head = [
      `  "format": ${JSON.stringify(BACKUP_FORMAT)}`,
      `  "version": ${BACKUP_VERSION}`,
      `  "exportedAt": ${JSON.stringify(new Date(context.now).toISOString())}`,
      ...(context.settings ? [`  "settings": ${canonicalJson(context.settings)}`] : []),
    ];
    yield { text: `{\n${head.join(',\n')},\n`, notes: 0 };
    const lectures = [...library.lectures].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const notes = [...library.notes].sort(byId);
    const sessions = [...library.sessions].sort(byId);
    // A note with a snapshot counts as exported once its image is written (progress).
    const snapshots = [...(library.snapshots ?? [])].sort((a, b) =>
      a.noteId < b.noteId ? -1 : a.noteId > b.noteId ? 1 : 0,
    );
    const pictured = new Set(snapshots.map((snapshot) => snapshot.noteId));
    yield* records('lectures', lectures, false);
    yield* records('notes', notes, false, { counts: (note) => (pictured.has(note.id) ? 0 : 1) });
    // The student's course names, where the snapshot has them (utils/db/course-names.ts).
    if (library.courseNames) yield* records('courseNames', [...library.courseNames].sort(byId), false);
    // The notes' images (absent from backups made before snapshots, and from exports without them).
    if (library.snapshots) {
      yield* records('snapshots', snapshots, false, {
        counts: () => 1,
        toRecord: snapshotRecord,
        perPart: SNAPSHOTS_PER_PART,
      });
    }
    yield* records('sessions', sessions, true);
    yield { text: '}\n', notes: 0 };
  },
};
