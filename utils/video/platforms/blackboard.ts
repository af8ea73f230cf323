import { unnamedCourseTitle } from '../../model/unnamed-course';
import { type PlatformAdapter, textIn } from './platform';

const courseId = (url: URL) =>
  url.searchParams.get('course_id') ?? /\/ultra\/courses\/(_\d+_\d+)\//.exec(url.pathname)?.[1] ?? null;

/**
 * Blackboard, on each university's own host: `course_id=_<id>_1` (Ultra: `/ultra/courses/_<id>_1/`).
 * The name: Learn's breadcrumbs start with the course (`#breadcrumbs li#crumb_1`), its course menu
 * is titled with it (`#courseMenu_link`). Ultra's pages are not read: a placeholder name there.
 */
export const blackboard = {
  id: 'blackboard',
  lms: true,
  siteNames: ['Blackboard', 'Blackboard Learn'],
  matches: (url) => courseId(url) !== null,
  course: (url, doc) => {
    const id = courseId(url);
    if (!id || !/^_\d+_\d+$/.test(id)) return null;
    const title = textIn(doc, ['#breadcrumbs #crumb_1', '#courseMenu_link']);
    return { id: `blackboard:${url.host}/${id}`, title: title || unnamedCourseTitle(id, url.hostname) };
  },
} satisfies PlatformAdapter<'blackboard'>;
