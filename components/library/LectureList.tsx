import { formatDistanceToNow } from 'date-fns';
import { useOpenAt } from '@/utils/hooks/use-open-at';
import { lectureHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';
import { formatVideoTime } from '@/utils/model/video-time';
import { courseOf } from '@/utils/video/course';
import { CoverageBar } from './CoverageBar';
import { OpenAtError } from './OpenAtError';

interface Props {
  lectures: Lecture[];
  noteCounts: ReadonlyMap<string, number>;
}

const notesLabel = (count: number) => (count === 1 ? '1 note' : `${count} notes`);

/** The library's lectures: title (a link to the lecture's page), site, course, last watched, coverage, notes, resume. */
export function LectureList({ lectures, noteCounts }: Props) {
  const { openAt, error, opening, dismiss } = useOpenAt();
  return (
    <>
      <OpenAtError error={error} onDismiss={dismiss} />
      <ul class="lecture-list" aria-label="Lectures">
        {lectures.map((lecture) => (
          <li key={lecture.key} class="lecture-row">
            <a class="lecture-title" href={lectureHref(lecture.key)}>
              {lecture.title || lecture.url}
            </a>
            <span class="muted lecture-site">{lecture.site}</span>
            {courseOf(lecture) ? <span class="muted lecture-course">{courseOf(lecture)?.title}</span> : null}
            <span class="muted">watched {formatDistanceToNow(lecture.lastWatchedAt, { addSuffix: true })}</span>
            <CoverageBar watched={lecture.watched} duration={lecture.duration} />
            <span class="note-count">{notesLabel(noteCounts.get(lecture.key) ?? 0)}</span>
            {lecture.lastPosition > 0 ? (
              <button
                type="button"
                class="resume"
                disabled={opening}
                aria-label={`Resume “${lecture.title}” at ${formatVideoTime(lecture.lastPosition)}`}
                onClick={() => void openAt(lecture.key, lecture.lastPosition)}
              >
                Resume at {formatVideoTime(lecture.lastPosition)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
