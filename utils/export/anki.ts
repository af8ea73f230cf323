/**
 * Anki-importable text (File → Import): tab-separated, with Anki's header lines. Questions and
 * recalls become Basic cards; the note id is the card's GUID so a second import updates instead
 * of duplicating; the note's tags are carried over (plus `lectern`). Fields are HTML (`#html:true`):
 * user text is HTML-escaped, line breaks become <br>, tabs spaces. A card's back names its lecture
 * and course (the student's name for it). Pure.
 */
import type { Lecture, LectureCourse } from '../model/lectures';
import type { Note } from '../model/notes';
import { formatVideoTime } from '../model/video-time';
import { type Exporter, rowsPerNote, singleLine } from './exporter';
import { timestampUrl } from './timestamp-url';

export const ANKI_HEADER = [
  '#separator:tab',
  '#html:true',
  '#notetype:Basic',
  '#deck:Lectern',
  '#columns:GUID\tFront\tBack\tTags',
  '#guid column:1',
  '#tags column:4',
].join('\n');

export function escapeAnkiHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, ' ')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Anki tags are separated by spaces; ours have none, but guard anyway. */
export function ankiTags(note: Note): string {
  return ['lectern', ...note.tags].map((tag) => tag.replace(/\s+/g, '_')).join(' ');
}

/** The moment as a link (or text, for an address that is not http(s)), then its course if it has one. */
function momentLink(lecture: Lecture, seconds: number, course: LectureCourse | null): string {
  const title = escapeAnkiHtml(singleLine(lecture.title || lecture.url));
  const href = timestampUrl(lecture.url, seconds, lecture.platform);
  const text = `${title} at ${formatVideoTime(seconds)}`;
  const where = course ? ` · ${escapeAnkiHtml(singleLine(course.title))}` : '';
  return `${href ? `<a href="${escapeAnkiHtml(href)}">${text}</a>` : text}${where}`;
}

/** The caption said before the note, quoted at the end of the card's back ('' without one). */
function captionBack(note: Note): string {
  return note.caption ? `<blockquote>${escapeAnkiHtml(singleLine(note.caption))}</blockquote>` : '';
}

/** A card's front and back, or null for notes that are not questions or recalls. */
export function ankiCard(
  note: Note,
  lecture: Lecture,
  course: LectureCourse | null = null,
): [front: string, back: string] | null {
  if (note.kind === 'question') {
    const status = note.answered ? ' (answered)' : '';
    return [escapeAnkiHtml(note.text), `From ${momentLink(lecture, note.time, course)}${status}${captionBack(note)}`];
  }
  if (note.kind === 'recall') {
    const [start, end] = note.segment ?? [note.time, note.time];
    const title = escapeAnkiHtml(singleLine(lecture.title || lecture.url));
    const front = `What are the key points of ${title}, ${formatVideoTime(start)}–${formatVideoTime(end)}?`;
    return [front, `${escapeAnkiHtml(note.text)}<br><br>${momentLink(lecture, start, course)}${captionBack(note)}`];
  }
  return null;
}

/** A note's line: its id (the card's GUID), the card's fields and its tags; none if no card. */
function ankiRow(note: Note, lecture: Lecture | undefined, course: LectureCourse | null): string {
  const card = lecture ? ankiCard(note, lecture, course) : null;
  return card ? `${[escapeAnkiHtml(note.id), ...card, ankiTags(note)].join('\t')}\n` : '';
}

export const ankiExporter: Exporter = {
  format: 'anki',
  label: 'Anki cards (questions and recalls)',
  extension: 'txt',
  mimeType: 'text/plain;charset=utf-8',
  parts: (library) => rowsPerNote(library, `${ANKI_HEADER}\n`, ankiRow),
};
