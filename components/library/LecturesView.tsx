import { useMemo, useState } from 'preact/hooks';
import { listLecturesByRecent } from '@/utils/db/lectures';
import { countNotesByLecture } from '@/utils/db/notes';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { arrangeLectures, coursesOf, type LectureFilter, type LectureSort } from '@/utils/library/lecture-order';
import { Loaded } from '../shared/Loaded';
import { EmptyLibrary } from './EmptyLibrary';
import { homePanels } from './home-panels';
import { LectureList } from './LectureList';
import { LectureToolbar } from './LectureToolbar';
import { ViewHeading } from './ViewHeading';

/** The dashboard's home: the home panels, then every lecture (most recently watched first by default). */
export function LecturesView() {
  const { value: lectures, error } = useLiveQuery(listLecturesByRecent);
  const { value: noteCounts } = useLiveQuery(countNotesByLecture);
  const [sort, setSort] = useState<LectureSort>('recent');
  const [filter, setFilter] = useState<LectureFilter>({ site: '', course: '', text: '' });
  const counts = noteCounts ?? new Map<string, number>();
  const shown = useMemo(
    () => (lectures ? arrangeLectures(lectures, sort, filter, counts) : []),
    [lectures, sort, filter, noteCounts],
  );
  const sites = useMemo(() => [...new Set((lectures ?? []).map((lecture) => lecture.site))].sort(), [lectures]);
  const courses = useMemo(() => coursesOf(lectures ?? []), [lectures]);
  return (
    <>
      <ViewHeading>Your lectures</ViewHeading>
      {homePanels.map((Panel) => (
        <Panel key={Panel.name} />
      ))}
      <Loaded value={lectures} error={error} failed="read your library" loading="Loading your lectures…">
        {(lectures) =>
          lectures.length === 0 ? (
            <EmptyLibrary />
          ) : (
            <>
              <LectureToolbar
                sort={sort}
                filter={filter}
                sites={sites}
                courses={courses}
                onSort={setSort}
                onFilter={setFilter}
              />
              {shown.length === 0 ? (
                <p class="empty-state">
                  No lecture matches. Clear the search box or choose “All sites” and “All courses”.
                </p>
              ) : (
                <LectureList lectures={shown} noteCounts={counts} />
              )}
            </>
          )
        }
      </Loaded>
    </>
  );
}
