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
import './names.css';

/** Longer names show four lines until the student asks for the whole name (it would bury the notes). */
const LONG_NAME = 300;

/**
 * A lecture page's header: its title (whole, or four lines and "Show the whole name" for a very long
 * one; the heading's text is always all of it), rename, where and when, coverage, resume, delete.
 */
export function LectureHeader({ lecture }: { lecture: Lecture }) {
  const [renaming, setRenaming] = useState(false);
  const noteCount = useLectureNoteCount(lecture.key);
  const course = namedCourseOf(lecture, useCourseNames());
  const { openAt, error, opening, dismiss } = useOpenAt();
  const name = lecture.title || lecture.url;
  const [whole, setWhole] = useState(false);
  const isLong = name.length > LONG_NAME;
  return (
    <header class="lecture-header">
      <ViewHeading class={isLong && !whole ? 'clamp-4' : undefined}>{name}</ViewHeading>
      {isLong ? (
        <button type="button" class="whole-name" aria-expanded={whole} onClick={() => setWhole(!whole)}>
          {whole ? 'Show less of the name' : 'Show the whole name'}
        </button>
      ) : null}
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
