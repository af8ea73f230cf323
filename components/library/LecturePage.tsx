import { useLecture } from '@/utils/hooks/use-lectures';
import type { Lecture } from '@/utils/model/lectures';
import { Loaded } from '../shared/Loaded';
import { LectureHeader } from './LectureHeader';
import { lectureSections } from './lecture-sections';
import { ViewHeading } from './ViewHeading';

/** One lecture's page (`#/lecture/<key>`): its header, then its sections (notes, …). */
export function LecturePage({ param: key }: { param: string }) {
  const { value: lecture, error } = useLecture(key);
  return (
    <Loaded value={lecture} error={error} failed="read this lecture" loading="Loading the lecture…">
      {(lecture) => (lecture === null ? <LectureNotFound /> : <LectureArticle lecture={lecture} />)}
    </Loaded>
  );
}

function LectureNotFound() {
  return (
    <>
      <ViewHeading>Lecture not found</ViewHeading>
      <p>
        This lecture is not in your library (it may have been deleted). <a href="#/">Back to your lectures</a>
      </p>
    </>
  );
}

function LectureArticle({ lecture }: { lecture: Lecture }) {
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
