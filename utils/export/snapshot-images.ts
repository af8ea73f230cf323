/**
 * The images an export carries beside its text (a Markdown .zip's `images/` folder): one per
 * exported note that has a snapshot, in reading order, each with a unique, safe file name (the
 * lecture and the note's moment) and alt text from the note. Pure.
 */
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import { shortenForAlt, snapshotExtension } from '../model/snapshots';
import { formatVideoTime } from '../model/video-time';
import { slugify } from './file-name';
import type { LibrarySnapshot } from './snapshot';

/** A file packed beside an export's text. */
export interface ExportAttachment {
  /** The path inside the archive, with `/` (e.g. `images/cells-energy-0-42.webp`). */
  path: string;
  data: Uint8Array;
}

export interface ExportImage extends ExportAttachment {
  noteId: string;
  /** Plain text (the format escapes it): what the note says, shortened, or the moment it shows. */
  alt: string;
}

export const IMAGES_FOLDER = 'images';
function altFor(note: Note): string {
  return shortenForAlt(note.text) || `The video at ${formatVideoTime(note.time)}`;
}

/** `<lecture>-<h-mm-ss>`: who reads the folder sees where each image comes from. */
function baseName(note: Note, lecture: Lecture | undefined): string {
  const moment = formatVideoTime(note.time).replace(/:/g, '-');
  return `${slugify(lecture?.title || lecture?.site || 'lecture', 40)}-${moment}`;
}

/** The exported notes' images by note id, in the notes' order; none without `library.snapshots`. */
export function exportImages(library: LibrarySnapshot): Map<string, ExportImage> {
  const images = new Map<string, ExportImage>();
  if (!library.snapshots?.length) return images;
  const snapshots = new Map(library.snapshots.map((snapshot) => [snapshot.noteId, snapshot]));
  const lectures = new Map(library.lectures.map((lecture) => [lecture.key, lecture]));
  const taken = new Set<string>();
  for (const note of library.notes) {
    const snapshot = snapshots.get(note.id);
    if (!snapshot || images.has(note.id)) continue;
    const base = baseName(note, lectures.get(note.lectureKey));
    let name = base;
    for (let count = 2; taken.has(name); count++) name = `${base}-${count}`;
    taken.add(name);
    const path = `${IMAGES_FOLDER}/${name}.${snapshotExtension(snapshot.mime)}`;
    images.set(note.id, { noteId: note.id, path, alt: altFor(note), data: snapshot.data });
  }
  return images;
}
