import { unnamedCourseTitle } from '../../model/unnamed-course';
import { type PlatformAdapter, textIn } from './platform';

/** The text of the navbar's link to course `id` (`…/course/view.php?id=<id>`): Moodle's short name for it. */
function breadcrumbCourseName(doc: Document, id: string): string {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('.breadcrumb a[href*="/course/view.php"]')) {
    const href = link.getAttribute('href') ?? '';
    if (
      URL.canParse(href, 'https://moodle.invalid/') &&
      new URL(href, 'https://moodle.invalid/').searchParams.get('id') === id
    )
      return link.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
  return '';
}

/**
 * Moodle, on each university's own host: a course's page is `/course/view.php?id=<id>`; an
 * activity page (any path) says its course in the body's `course-<id>` class. Course 1 is
 * Moodle's front page, not a course. The name: the navbar's (breadcrumb's) link to the course,
 * which Moodle writes with the course's short name ("PHYS201"); on the course's own page, which
 * has no such link, its heading (the full name).
 */
export const moodle = {
  id: 'moodle',
  lms: true,
  siteNames: ['Moodle'],
  matches: () => true,
  course: (url, doc) => {
    const fromUrl = url.pathname.endsWith('/course/view.php') ? url.searchParams.get('id') : null;
    const bodyClass = doc?.body?.className.match(/(?:^|\s)course-(\d+)(?:\s|$)/)?.[1];
    const isMoodle = bodyClass !== undefined && doc?.body?.id.startsWith('page-') === true;
    const id = fromUrl && /^\d+$/.test(fromUrl) ? fromUrl : isMoodle ? bodyClass : null;
    if (!id || id === '1') return null;
    const title =
      (doc ? breadcrumbCourseName(doc, id) : '') ||
      (fromUrl ? textIn(doc, ['.page-context-header .page-header-headings h1']) : '');
    return { id: `moodle:${url.host}/${id}`, title: title || unnamedCourseTitle(id, url.hostname) };
  },
} satisfies PlatformAdapter<'moodle'>;
