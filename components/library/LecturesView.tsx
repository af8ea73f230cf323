import { useMemo, useState } from 'preact/hooks';
import { useLectureLibrary } from '@/utils/hooks/use-lectures';
import { groupLecturesByCourse } from '@/utils/library/course-groups';
import { arrangeLectures, coursesOf, type LectureFilter, type LectureSort } from '@/utils/library/lecture-order';
import { Loaded } from '../shared/Loaded';
import { EmptyLibrary } from './EmptyLibrary';
import { homePanels } from './home-panels';
import { LectureGroupSection } from './LectureGroupSection';
import { LectureToolbar } from './LectureToolbar';
import { ViewHeading } from './ViewHeading';

/**
 * The dashboard's home: the home panels, then every lecture by course (lectures without one by
 * site), most recently watched first by default.
 */
export function LecturesView() {
  const { lectures, error, noteCounts, courseNames } = useLectureLibrary();
  const [sort, setSort] = useState<LectureSort>('recent');
  const [filter, setFilter] = useState<LectureFilter>({ site: '', course: '', text: '' });
  const groups = useMemo(
    () =>
      groupLecturesByCourse(
        arrangeLectures(lectures ?? [], sort, filter, noteCounts, courseNames),
        courseNames,
        noteCounts,
      ),
    [lectures, sort, filter, noteCounts, courseNames],
  );
  const sites = useMemo(() => [...new Set((lectures ?? []).map((lecture) => lecture.site))].sort(), [lectures]);
  const courses = useMemo(() => coursesOf(lectures ?? [], courseNames), [lectures, courseNames]);
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
              {groups.length === 0 ? (
                <p class="empty-state">
                  No lecture matches. Clear the search box or choose “All sites” and “All courses”.
                </p>
              ) : (
                groups.map((group) => <LectureGroupSection key={group.id} group={group} noteCounts={noteCounts} />)
              )}
            </>
          )
        }
      </Loaded>
    </>
  );
}
