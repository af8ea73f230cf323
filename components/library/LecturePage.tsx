import { formatDistanceToNow } from 'date-fns';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { getLecture } from '@/utils/lectures';
import { CoverageBar } from './CoverageBar';
import { lectureSections } from './lecture-sections';
import { ViewHeading } from './ViewHeading';

/** One lecture's page (`#/lecture/<key>`): its header, then its sections (notes, …). */
export function LecturePage({ param: key }: { param: string }) {
  const { value, error } = useLiveQuery(async () => (await getLecture(key)) ?? null, [key]);
  if (error) return <p role="alert">Lectern could not read this lecture: {error.message}</p>;
  if (value === undefined) return <p aria-busy="true">Loading the lecture…</p>;
  if (value === null) {
    return (
      <>
        <ViewHeading>Lecture not found</ViewHeading>
        <p>
          This lecture is not in your library (it may have been deleted). <a href="#/">Back to your lectures</a>
        </p>
      </>
    );
  }
  const lecture = value;
  return (
    <article class="lecture-page">
      <p>
        <a href="#/">← All lectures</a>
      </p>
      <ViewHeading>{lecture.title || lecture.url}</ViewHeading>
      <p class="lecture-meta">
        <span class="muted">{lecture.site}</span>
        <span class="muted">watched {formatDistanceToNow(lecture.lastWatchedAt, { addSuffix: true })}</span>
        <CoverageBar watched={lecture.watched} duration={lecture.duration} />
      </p>
      {lectureSections.map((Section) => (
        <Section key={Section.name} lecture={lecture} />
      ))}
    </article>
  );
}
