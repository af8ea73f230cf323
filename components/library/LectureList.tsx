import { formatDistanceToNow } from 'date-fns';
import type { Lecture } from '@/utils/db';
import { lectureHref } from '@/utils/library-route';
import { CoverageBar } from './CoverageBar';

interface Props {
  lectures: Lecture[];
  noteCounts: Map<string, number>;
}

const notesLabel = (count: number) => (count === 1 ? '1 note' : `${count} notes`);

/** The library's lectures: title (a link to the lecture's page), site, last watched, progress, notes. */
export function LectureList({ lectures, noteCounts }: Props) {
  return (
    <ul class="lecture-list" aria-label="Lectures">
      {lectures.map((lecture) => (
        <li key={lecture.key} class="lecture-row">
          <a class="lecture-title" href={lectureHref(lecture.key)}>
            {lecture.title || lecture.url}
          </a>
          <span class="muted lecture-site">{lecture.site}</span>
          <span class="muted">watched {formatDistanceToNow(lecture.lastWatchedAt, { addSuffix: true })}</span>
          <CoverageBar watched={lecture.watched} duration={lecture.duration} />
          <span class="note-count">{notesLabel(noteCounts.get(lecture.key) ?? 0)}</span>
        </li>
      ))}
    </ul>
  );
}
