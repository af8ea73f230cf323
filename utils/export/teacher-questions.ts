/**
 * "Questions for my teacher": every open (unanswered) question note, grouped by course (where the
 * lecture has one, by the student's name for it: utils/library/course-names.ts; else by site), each with its lecture
 * and moment, as plain text ready to paste into a forum or bring to office hours. Pure.
 */

import { courseNamesById, placeOf } from '../library/course-names';
import type { Lecture } from '../model/lectures';
import type { Note } from '../model/notes';
import { formatVideoTime } from '../model/video-time';
import { singleLine } from './exporter';
import type { LibrarySnapshot } from './snapshot';
import { timestampUrl } from './timestamp-url';

export interface OpenQuestion {
  note: Note;
  lecture: Lecture;
}

export interface QuestionGroup {
  /** `course:<course id>` or `site:<host name>`. */
  id: string;
  /** The course's name, or the site for lectures without a known course. */
  name: string;
  questions: OpenQuestion[];
}

/** Open questions by course (or site), by name, then by lecture (most recent first) and moment. */
export function openQuestionsByCourse(library: LibrarySnapshot): QuestionGroup[] {
  const lectures = new Map(library.lectures.map((lecture) => [lecture.key, lecture]));
  const names = courseNamesById(library.courseNames);
  const groups = new Map<string, QuestionGroup>();
  for (const note of library.notes) {
    const lecture = lectures.get(note.lectureKey);
    if (note.kind !== 'question' || note.answered || !lecture) continue;
    const { id, name } = placeOf(lecture, names);
    const group = groups.get(id) ?? { id, name, questions: [] };
    group.questions.push({ note, lecture });
    groups.set(id, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((group) => ({
      ...group,
      questions: group.questions.sort(
        (a, b) =>
          b.lecture.lastWatchedAt - a.lecture.lastWatchedAt ||
          a.lecture.key.localeCompare(b.lecture.key) ||
          a.note.time - b.note.time,
      ),
    }));
}

/** A group as text for a forum post: numbered questions, each with where it came from. */
export function questionsAsText(group: QuestionGroup): string {
  const lines = [`Questions from my lecture notes (${singleLine(group.name)}):`, ''];
  group.questions.forEach(({ note, lecture }, index) => {
    const [first = '', ...rest] = note.text.trim().split(/\r\n|\r|\n/);
    lines.push(`${index + 1}. ${first}`, ...rest.map((line) => `   ${line}`));
    const link = timestampUrl(lecture.url, note.time, lecture.platform);
    lines.push(
      `   — ${singleLine(lecture.title || lecture.url)}, at ${formatVideoTime(note.time)}${link ? `: ${link}` : ''}`,
    );
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
