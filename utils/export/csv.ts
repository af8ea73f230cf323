/**
 * CSV for spreadsheets, RFC 4180: CRLF line ends, a header row, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled. The course is the student's name for it. Cells a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) get a leading apostrophe. One row per note.
 * A byte-order mark first, so Excel reads the file as UTF-8 (other spreadsheets ignore it). Pure.
 */
import { formatISO } from 'date-fns';
import type { Lecture, LectureCourse } from '../model/lectures';
import type { Note } from '../model/notes';
import { formatVideoTime } from '../model/video-time';
import { type Exporter, rowsPerNote } from './exporter';
import { timestampUrl } from './timestamp-url';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-guarded, then quoted if RFC 4180 requires it. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export const CSV_COLUMNS = [
  'lecture',
  'site',
  'course',
  'time',
  'seconds',
  'kind',
  'text',
  'caption',
  'tags',
  'answered',
  'confidence',
  'segment',
  'created',
  'link',
] as const;

export function csvRow(note: Note, lecture: Lecture | undefined, course: LectureCourse | null = null): string {
  const cells = [
    lecture?.title ?? note.lectureKey,
    lecture?.site ?? '',
    course?.title ?? '',
    formatVideoTime(note.time),
    Math.round(note.time * 1000) / 1000,
    note.kind,
    note.text,
    note.caption ?? null,
    note.tags.join(' '),
    note.kind === 'question' ? Boolean(note.answered) : null,
    note.confidence ?? null,
    note.segment ? `${formatVideoTime(note.segment[0])}-${formatVideoTime(note.segment[1])}` : null,
    formatISO(note.createdAt),
    lecture ? timestampUrl(lecture.url, note.time, lecture.platform) : null,
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const csvExporter: Exporter = {
  format: 'csv',
  label: 'CSV (spreadsheets)',
  extension: 'csv',
  mimeType: 'text/csv;charset=utf-8',
  parts: (library) => rowsPerNote(library, `\uFEFF${CSV_COLUMNS.join(',')}\r\n`, csvRow),
};
