import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { listLecturesByRecent } from '@/utils/lectures';
import { countNotesByLecture } from '@/utils/notes';
import { EmptyLibrary } from './EmptyLibrary';
import { homePanels } from './home-panels';
import { LectureList } from './LectureList';
import { ViewHeading } from './ViewHeading';

/** The dashboard's home: every lecture, the most recently watched first, and the home panels. */
export function LecturesView() {
  const { value: lectures, error } = useLiveQuery(listLecturesByRecent);
  const { value: noteCounts } = useLiveQuery(countNotesByLecture);
  return (
    <>
      <ViewHeading>Your lectures</ViewHeading>
      {homePanels.map((Panel) => (
        <Panel key={Panel.name} />
      ))}
      {error ? (
        <p role="alert">Lectern could not read your library: {error.message}</p>
      ) : lectures === undefined ? (
        <p aria-busy="true">Loading your lectures…</p>
      ) : lectures.length === 0 ? (
        <EmptyLibrary />
      ) : (
        <LectureList lectures={lectures} noteCounts={noteCounts ?? new Map()} />
      )}
    </>
  );
}
