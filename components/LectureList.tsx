import { formatDistanceToNow } from 'date-fns';
import type { Lecture } from '@/utils/db';
import { formatVideoTime } from '@/utils/format';
import { coveredSeconds } from '@/utils/ranges';

interface Props {
  lectures: Lecture[];
}

/** The library's lectures: title, site, when last watched and how much has been watched. */
export function LectureList({ lectures }: Props) {
  if (lectures.length === 0) {
    return (
      <section class="empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title">No lectures yet</h2>
        <p>
          Open a recorded lecture on any course site — YouTube, Coursera, edX, your university's Canvas or Moodle — and
          Lectern will find the video. Press <kbd>Alt</kbd>+<kbd>N</kbd> to pin a note to the moment you are watching.
        </p>
      </section>
    );
  }
  return (
    <ul class="lecture-list" aria-label="Lectures">
      {lectures.map((lecture) => {
        const progress = lecture.duration ? Math.min(1, coveredSeconds(lecture.watched) / lecture.duration) : null;
        return (
          <li key={lecture.key} class="lecture-row">
            <a class="lecture-title" href={lecture.url}>
              {lecture.title}
            </a>
            <span class="muted">{lecture.site}</span>
            <span class="muted">watched {formatDistanceToNow(lecture.lastWatchedAt, { addSuffix: true })}</span>
            {progress !== null && lecture.duration !== null ? (
              <span class="muted">
                {Math.round(progress * 100)}% of {formatVideoTime(lecture.duration)}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
