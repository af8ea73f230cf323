import { routeHref } from '@/utils/library/route';
import type { Lecture } from '@/utils/model/lectures';

/** A lecture page's way out: export or print just this lecture's notes. */
export function LectureExportLinks({ lecture }: { lecture: Lecture }) {
  return (
    <p class="actions no-print">
      <a href={routeHref('export', lecture.key)}>Export this lecture's notes</a>
      <a href={routeHref('print', lecture.key)}>Print view</a>
    </p>
  );
}
