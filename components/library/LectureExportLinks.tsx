import type { Lecture } from '@/utils/db/database';
import { routeHref } from '@/utils/library/route';

/** A lecture page's way out: export or print just this lecture's notes. */
export function LectureExportLinks({ lecture }: { lecture: Lecture }) {
  return (
    <p class="actions no-print">
      <a href={routeHref('export', lecture.key)}>Export this lecture's notes</a>
      <a href={routeHref('print', lecture.key)}>Print view</a>
    </p>
  );
}
