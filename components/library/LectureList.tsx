import { formatDistanceToNow } from 'date-fns';
import { useOpenAt } from '@/utils/hooks/use-open-at';
import { lectureHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';
import { formatVideoTime } from '@/utils/model/video-time';
import { CoverageBar } from './CoverageBar';
import { ClampedLink } from './FullName';
import { OpenAtError } from './OpenAtError';

interface Props {
  /** The list's accessible name: its course or site. */
  label: string;
  lectures: Lecture[];
  noteCounts: ReadonlyMap<string, number>;
}

const notesLabel = (count: number) => (count === 1 ? '1 note' : `${count} notes`);

/**
 * A list of lectures (one course's, or one site's): title (a link to the lecture's page, two lines at
 * most), site, last watched, coverage, notes, resume.
 */
export function LectureList({ label, lectures, noteCounts }: Props) {
  const { openAt, error, opening, dismiss } = useOpenAt();
  return (
    <>
      <OpenAtError error={error} onDismiss={dismiss} />
      <ul class="lecture-list" aria-label={label}>
        {lectures.map((lecture) => (
          <li key={lecture.key} class="lecture-row">
            <ClampedLink class="lecture-title" href={lectureHref(lecture.key)} text={lecture.title || lecture.url} />
            <span class="muted lecture-site">{lecture.site}</span>
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
