import { getLecture } from '@/utils/db/lectures';
import { useLiveQuery } from '@/utils/hooks/use-live-query';
import { LectureHeader } from './LectureHeader';
import { lectureSections } from './lecture-sections';
import { ViewHeading } from './ViewHeading';

/** One lecture's page (`#/lecture/<key>`): its header, then its sections (notes, …). */
export function LecturePage({ param: key }: { param: string }) {
  const { value: lecture, error } = useLiveQuery(async () => (await getLecture(key)) ?? null, [key]);
  if (error) return <p role="alert">Lectern could not read this lecture: {error.message}</p>;
  if (lecture === undefined) return <p aria-busy="true">Loading the lecture…</p>;
  if (lecture === null) {
    return (
      <>
        <ViewHeading>Lecture not found</ViewHeading>
        <p>
          This lecture is not in your library (it may have been deleted). <a href="#/">Back to your lectures</a>
        </p>
      </>
    );
  }
  return (
    <article class="lecture-page">
      <p>
        <a href="#/">← All lectures</a>
      </p>
      <LectureHeader lecture={lecture} />
      {lectureSections.map((Section) => (
        <Section key={Section.name} lecture={lecture} />
      ))}
    </article>
  );
}
