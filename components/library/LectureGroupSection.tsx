import { useId, useRef, useState } from 'preact/hooks';
import { saveCourseName } from '@/utils/hooks/use-lectures';
import type { LectureGroup } from '@/utils/library/course-groups';
import { FullName } from './FullName';
import { LectureList } from './LectureList';
import { RenameForm } from './RenameForm';

const counted = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

interface Props {
  group: LectureGroup;
  noteCounts: ReadonlyMap<string, number>;
}

/**
 * One course on the library's home (or, for lectures that belong to none, one site): its name,
 * how many lectures and notes, "Rename course", then its lectures.
 */
export function LectureGroupSection({ group, noteCounts }: Props) {
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const close = () => {
    setRenaming(false);
    // Back where the student was: the button is rendered again on the next frame.
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  const { course } = group;
  return (
    <section class="lecture-group" aria-labelledby={headingId}>
      <header class="group-header clamped">
        <h2 id={headingId} class="group-name clamp-2" dir="auto">
          {group.name}
        </h2>
        <FullName text={group.name} />
        <p class="group-counts muted">
          {course ? null : 'Not in a course · '}
          {counted(group.lectures.length, 'lecture', 'lectures')} · {counted(group.noteCount, 'note', 'notes')}
        </p>
        {course && !renaming ? (
          <button
            ref={renameButton}
            type="button"
            class="rename-course"
            aria-label={`Rename course ${group.name}`}
            onClick={() => setRenaming(true)}
          >
            Rename course
          </button>
        ) : null}
      </header>
      {course && renaming ? (
        <RenameForm
          id={`course-name-${headingId}`}
          title={course.title}
          label="Course name"
          emptyError="A course needs a name."
          saveLabel="Save name"
          action="rename the course"
          maxLength={300}
          onCancel={close}
          onSave={async (title) => {
            await saveCourseName(course.id, title);
            close();
          }}
        />
      ) : null}
      <LectureList label={`Lectures of ${group.name}`} lectures={group.lectures} noteCounts={noteCounts} />
    </section>
  );
}
