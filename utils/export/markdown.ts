/**
 * Markdown that reads well in Obsidian and any editor: one section per lecture (title, link, course
 * by the student's name for it, site, date), its notes as a list whose times link to that moment.
 * User text is escaped so a note can never become a heading, a link or HTML; inline #tags stay
 * tags. A note's snapshot is an image under it, linked relative to the file (`images/…`, which
 * run-export.ts packs with the .md in a .zip). Pure.
 */
import { format } from 'date-fns';
import { type CourseNames, courseNamesById, namedCourseOf } from '../library/course-names';
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import { formatVideoTime } from '../model/video-time';
import { chunks, type Exporter, type ExportPart, singleLine } from './exporter';
import { groupNotesByLecture } from './snapshot';
import { type ExportImage, exportImages } from './snapshot-images';
import { timestampUrl, webLink } from './timestamp-url';

/** Backslash-escapes Markdown syntax in one line of user text. */
export function escapeMarkdown(line: string): string {
  return (
    line
      .replace(/[\\`*[\]<>&~=$|]/g, '\\$&')
      // An underscore inside a word never starts emphasis: keep `#snake_case` tags whole.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/^(\s*)([#+-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/** A URL as a link destination: no spaces or parentheses to end it early. */
export function linkDestination(url: string): string {
  return url.replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const KIND_LABELS: Record<Note['kind'], string> = {
  note: '',
  question: '**Question:** ',
  recall: '**Recall',
  bookmark: '**Bookmark** ',
};

function notePrefix(note: Note): string {
  if (note.kind !== 'recall') return KIND_LABELS[note.kind];
  const details = [
    note.segment ? `${formatVideoTime(note.segment[0])}–${formatVideoTime(note.segment[1])}` : '',
    note.confidence ?? '',
  ].filter(Boolean);
  return `**Recall${details.length ? ` (${details.join(', ')})` : ''}:** `;
}

export function noteLine(note: Note, lecture: Lecture, image?: ExportImage): string {
  const link = timestampUrl(lecture.url, note.time, lecture.platform);
  const time = link ? `[${formatVideoTime(note.time)}](${linkDestination(link)})` : formatVideoTime(note.time);
  const [first = '', ...rest] = note.text.split(/\r\n|\r|\n/);
  const answered = note.kind === 'question' && note.answered ? ' *(answered)*' : '';
  const continuation = rest.map((line) => (line.trim() ? `\n  ${escapeMarkdown(line)}` : '\n')).join('');
  const body = `${notePrefix(note)}${escapeMarkdown(first)}${answered}${continuation}`;
  return `- ${time} ${body}\n${captionQuote(note)}${image ? imageLine(image) : ''}`;
}

/**
 * The note's snapshot, a paragraph of its own inside the note's list item (after a blank line, so it
 * never continues the caption's quote): `![what the note says](images/…)`.
 */
function imageLine(image: ExportImage): string {
  return `\n  ![${escapeMarkdown(image.alt)}](${linkDestination(image.path)})\n`;
}

/** The caption said before the note, as a blockquote inside its list item (one line: escaped, never a heading). */
function captionQuote(note: Note): string {
  return note.caption ? `  > ${escapeMarkdown(singleLine(note.caption))}\n` : '';
}

function lectureHeader(lecture: Lecture, names: CourseNames): string {
  const link = webLink(lecture.url);
  const course = namedCourseOf(lecture, names);
  return [
    `## ${escapeMarkdown(singleLine(lecture.title || lecture.url))}`,
    '',
    ...(link ? [`- Link: <${linkDestination(link)}>`] : []),
    ...(course ? [`- Course: ${escapeMarkdown(singleLine(course.title))}`] : []),
    `- Site: ${escapeMarkdown(singleLine(lecture.site))}`,
    `- Last watched: ${format(lecture.lastWatchedAt, 'yyyy-MM-dd')}`,
    '',
    '',
  ].join('\n');
}

function* markdownParts(library: Parameters<Exporter['parts']>[0], context: Parameters<Exporter['parts']>[1]) {
  const title =
    library.lectures.length === 1 && library.lectures[0]
      ? `# ${escapeMarkdown(singleLine(library.lectures[0].title || 'Lecture'))} — notes`
      : '# Lectern library';
  yield { text: `${title}\n\nExported from Lectern on ${format(context.now, 'yyyy-MM-dd')}.\n\n`, notes: 0 };
  const groups = groupNotesByLecture(library.notes);
  const names = courseNamesById(library.courseNames);
  const images = exportImages(library);
  for (const lecture of library.lectures) {
    yield { text: lectureHeader(lecture, names), notes: 0 } satisfies ExportPart;
    const notes = groups.get(lecture.key) ?? [];
    if (notes.length === 0) yield { text: '*No notes yet.*\n\n', notes: 0 };
    for (const part of chunks(notes)) {
      yield { text: part.map((note) => noteLine(note, lecture, images.get(note.id))).join(''), notes: part.length };
    }
    if (notes.length > 0) yield { text: '\n', notes: 0 };
  }
}

export const markdownExporter: Exporter = {
  format: 'markdown',
  label: 'Markdown (Obsidian, any editor)',
  extension: 'md',
  mimeType: 'text/markdown;charset=utf-8',
  withSnapshots: true,
  parts: markdownParts,
  attachments: (library) => [...exportImages(library).values()],
};
