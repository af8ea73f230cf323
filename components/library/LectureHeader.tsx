import { formatDistanceToNow } from 'date-fns';
import { useState } from 'preact/hooks';
import { saveLectureTitle, useCourseNames, useLectureNoteCount } from '@/utils/hooks/use-lectures';
import { useOpenAt } from '@/utils/hooks/use-open-at';
import { namedCourseOf } from '@/utils/library/course-names';
import type { Lecture } from '@/utils/model/lectures';
import { formatVideoTime } from '@/utils/model/video-time';
import { CoverageBar } from './CoverageBar';
import { DeleteLecture } from './DeleteLecture';
import { OpenAtError } from './OpenAtError';
import { RenameForm } from './RenameForm';
import { ViewHeading } from './ViewHeading';

/** A lecture page's header: its full title (rename), where and when, coverage, resume, delete. */
export function LectureHeader({ lecture }: { lecture: Lecture }) {
  const [renaming, setRenaming] = useState(false);
  const noteCount = useLectureNoteCount(lecture.key);
  const course = namedCourseOf(lecture, useCourseNames());
  const { openAt, error, opening, dismiss } = useOpenAt();
  return (
    <header class="lecture-header">
      <ViewHeading class="lecture-name">{lecture.title || lecture.url}</ViewHeading>
      {renaming ? (
        <RenameForm
          title={lecture.title}
          onCancel={() => setRenaming(false)}
          onSave={async (title) => {
            await saveLectureTitle(lecture.key, title);
            setRenaming(false);
          }}
        />
      ) : null}
      <p class="lecture-meta">
        <span class="muted">{lecture.site}</span>
        {course ? (
          <span class="muted lecture-course" dir="auto">
            {course.title}
          </span>
        ) : null}
        <span class="muted">watched {formatDistanceToNow(lecture.lastWatchedAt, { addSuffix: true })}</span>
        <CoverageBar watched={lecture.watched} duration={lecture.duration} />
      </p>
      <div class="lecture-actions">
        <button
          type="button"
          class="primary"
          disabled={opening}
          onClick={() => void openAt(lecture.key, lecture.lastPosition)}
        >
          {lecture.lastPosition > 0 ? `Resume at ${formatVideoTime(lecture.lastPosition)}` : 'Open lecture'}
        </button>
        {renaming ? null : (
          <button type="button" onClick={() => setRenaming(true)}>
            Rename
          </button>
        )}
        <DeleteLecture lecture={lecture} noteCount={noteCount} />
      </div>
      <OpenAtError error={error} onDismiss={dismiss} />
    </header>
  );
}
