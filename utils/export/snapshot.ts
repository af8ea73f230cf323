/**
 * What an export works on: a plain snapshot of the library (no database handles), and the
 * choice of what to export — one lecture, a filtered set, a search's results or everything. Pure.
 */

import type { CourseName } from '../model/course-names';
import type { Lecture } from '../model/lectures';
import type { Note, NoteKind } from '../model/notes';
import type { FocusSession } from '../model/sessions';
import type { Snapshot } from '../model/snapshots';
import { courseOf } from '../video/course';

export interface LibrarySnapshot {
  lectures: Lecture[];
  notes: Note[];
  sessions: FocusSession[];
  /** The student's course names (utils/db/course-names.ts), where the reader read them. */
  courseNames?: CourseName[];
  /**
   * The exported notes' snapshots (images), only for an exporter that asks for them
   * (`withSnapshots`, exporter.ts): run-export.ts reads them after choosing the notes.
   */
  snapshots?: Snapshot[];
}

export interface NoteFilter {
  /** Host name, e.g. `www.youtube.com`. */
  site?: string;
  /** A course id (utils/video/course.ts). */
  course?: string;
  kinds?: NoteKind[];
  /** Lower-case, without '#'. */
  tag?: string;
  /** Epoch ms, inclusive, on the note's creation time. */
  from?: number;
  to?: number;
}

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'lecture'; lectureKey: string }
  | { kind: 'filtered'; filter: NoteFilter }
  /** Exactly these notes (what a search shows); `title` names the file, e.g. "search entropy". */
  | { kind: 'notes'; noteIds: readonly string[]; title: string };

function noteMatches(note: Note, lecture: Lecture, filter: NoteFilter): boolean {
  if (filter.site && lecture.site !== filter.site) return false;
  if (filter.course && courseOf(lecture)?.id !== filter.course) return false;
  if (filter.kinds && filter.kinds.length > 0 && !filter.kinds.includes(note.kind)) return false;
  if (filter.tag && !note.tags.includes(filter.tag.replace(/^#/, '').toLowerCase())) return false;
  if (filter.from !== undefined && note.createdAt < filter.from) return false;
  if (filter.to !== undefined && note.createdAt > filter.to) return false;
  return true;
}

/** The course names of these lectures' courses (all of them for the whole library), if the snapshot has names. */
function namesOf(library: LibrarySnapshot, lectures: Lecture[]): Pick<LibrarySnapshot, 'courseNames'> {
  if (!library.courseNames) return {};
  if (lectures.length === library.lectures.length) return { courseNames: library.courseNames };
  const ids = new Set(lectures.map((lecture) => courseOf(lecture)?.id));
  return { courseNames: library.courseNames.filter((name) => ids.has(name.id)) };
}

/** The snapshots of these notes, if the snapshot carries snapshots (an exporter asked for them). */
function snapshotsOf(library: LibrarySnapshot, notes: Note[]): Pick<LibrarySnapshot, 'snapshots'> {
  if (!library.snapshots) return {};
  const ids = new Set(notes.map((note) => note.id));
  return { snapshots: library.snapshots.filter((snapshot) => ids.has(snapshot.noteId)) };
}

const byRecent = (a: Lecture, b: Lecture) => b.lastWatchedAt - a.lastWatchedAt || a.key.localeCompare(b.key);
const byMoment = (a: Note, b: Note) => a.time - b.time || a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/**
 * The part of the library a scope covers, in reading order: lectures most recently watched
 * first, each lecture's notes by video time. Sessions only belong to a whole-library export.
 * A filtered export, or one of chosen notes (a search's results), keeps the lectures that have at
 * least one of its notes. Snapshots (when the library carries them) follow their notes.
 */
export function selectForExport(library: LibrarySnapshot, scope: ExportScope): LibrarySnapshot {
  const lectures = [...library.lectures].sort(byRecent);
  const byKey = new Map(lectures.map((lecture) => [lecture.key, lecture]));
  if (scope.kind === 'all') {
    const order = new Map(lectures.map((lecture, index) => [lecture.key, index]));
    const notes = [...library.notes].sort(
      (a, b) => (order.get(a.lectureKey) ?? -1) - (order.get(b.lectureKey) ?? -1) || byMoment(a, b),
    );
    return {
      lectures,
      notes,
      sessions: [...library.sessions].sort((a, b) => a.startedAt - b.startedAt),
      ...namesOf(library, lectures),
      ...snapshotsOf(library, notes),
    };
  }
  if (scope.kind === 'lecture') {
    const lecture = byKey.get(scope.lectureKey);
    const notes = library.notes.filter((note) => note.lectureKey === scope.lectureKey).sort(byMoment);
    return {
      lectures: lecture ? [lecture] : [],
      notes,
      sessions: [],
      ...namesOf(library, lecture ? [lecture] : []),
      ...snapshotsOf(library, notes),
    };
  }
  const wanted = scope.kind === 'notes' ? new Set(scope.noteIds) : null;
  const kept = library.notes.filter((note) => {
    const lecture = byKey.get(note.lectureKey);
    if (lecture === undefined) return false;
    return wanted ? wanted.has(note.id) : scope.kind === 'filtered' && noteMatches(note, lecture, scope.filter);
  });
  const keys = new Set(kept.map((note) => note.lectureKey));
  const chosen = lectures.filter((lecture) => keys.has(lecture.key));
  const order = new Map(chosen.map((lecture, index) => [lecture.key, index]));
  kept.sort((a, b) => (order.get(a.lectureKey) ?? 0) - (order.get(b.lectureKey) ?? 0) || byMoment(a, b));
  return { lectures: chosen, notes: kept, sessions: [], ...namesOf(library, chosen), ...snapshotsOf(library, kept) };
}

/** A lecture's notes, keeping the snapshot's order. */
export function groupNotesByLecture(notes: Note[]): Map<string, Note[]> {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const group = groups.get(note.lectureKey);
    if (group) group.push(note);
    else groups.set(note.lectureKey, [note]);
  }
  return groups;
}
