/**
 * The shape every exporter shares: it turns a snapshot into text in parts, so a large export can
 * hand control back to the page between parts and show progress (run-export.ts). Pure.
 */
import { courseNamesById, namedCourseOf } from '../library/course-names';
import type { Lecture, LectureCourse } from '../model/lectures';
import type { Note } from '../model/notes';
import type { LibrarySnapshot } from './snapshot';
import type { ExportAttachment } from './snapshot-images';

export interface ExportPart {
  text: string;
  /** How many notes this part covers (for progress). */
  notes: number;
}

export interface ExportContext {
  /** Epoch ms: the export's date. */
  now: number;
  /** Every setting by name (whole-library JSON backups only). */
  settings?: Record<string, unknown>;
}

export type ExportFormat = 'markdown' | 'json' | 'csv' | 'anki';

export interface Exporter {
  format: ExportFormat;
  label: string;
  extension: string;
  mimeType: string;
  /**
   * Needs the exported notes' snapshots: run-export.ts then reads them into `library.snapshots`
   * (only those of the notes in the export). Others never pay for reading the images.
   */
  withSnapshots?: boolean;
  parts(library: LibrarySnapshot, context: ExportContext): Iterable<ExportPart>;
  /**
   * Files that go beside the text (a note's snapshot image). When there are any, run-export.ts
   * packs the text and them in a .zip (zip-export.ts); none: the text alone, as a plain file.
   */
  attachments?(library: LibrarySnapshot): ExportAttachment[];
}

/** Notes per part: small enough to keep a page responsive, large enough to be cheap. */
export const NOTES_PER_PART = 250;

/** Runs an exporter to the end in one go (tests, small exports). */
export function exportToText(exporter: Exporter, library: LibrarySnapshot, context: ExportContext): string {
  let text = '';
  for (const part of exporter.parts(library, context)) text += part.text;
  return text;
}

/**
 * A field that is one line in its format (a title, a site, a course): line breaks (and the
 * blanks around them) become one space, so a title can never start a heading or a row.
 */
export function singleLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029\v\f\x85]+\s*/g, ' ');
}

export function* chunks<T>(items: T[], size = NOTES_PER_PART): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/**
 * The parts of a row-per-note format (CSV, Anki): the header, then each note's row (or '' for
 * none) with its lecture and course (by the student's name for it), in parts of NOTES_PER_PART notes.
 */
export function* rowsPerNote(
  library: LibrarySnapshot,
  header: string,
  row: (note: Note, lecture: Lecture | undefined, course: LectureCourse | null) => string,
): Generator<ExportPart> {
  const lectures = new Map(library.lectures.map((lecture) => [lecture.key, lecture]));
  const names = courseNamesById(library.courseNames);
  const rowOf = (note: Note) => {
    const lecture = lectures.get(note.lectureKey);
    return row(note, lecture, lecture ? namedCourseOf(lecture, names) : null);
  };
  yield { text: header, notes: 0 };
  for (const part of chunks(library.notes)) {
    yield { text: part.map(rowOf).join(''), notes: part.length };
  }
}
