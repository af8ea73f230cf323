import { type PlatformAdapter, textIn } from './platform';

/**
 * Moodle, on each university's own host: a course's page is `/course/view.php?id=<id>`; an
 * activity page (any path) says its course in the body's `course-<id>` class. Course 1 is
 * Moodle's front page, not a course.
 */
export const moodle = {
  id: 'moodle',
  lms: true,
  matches: () => true,
  course: (url, doc) => {
    const fromUrl = url.pathname.endsWith('/course/view.php') ? url.searchParams.get('id') : null;
    const bodyClass = doc?.body?.className.match(/(?:^|\s)course-(\d+)(?:\s|$)/)?.[1];
    const isMoodle = bodyClass !== undefined && doc?.body?.id.startsWith('page-') === true;
    const id = fromUrl && /^\d+$/.test(fromUrl) ? fromUrl : isMoodle ? bodyClass : null;
    if (!id || id === '1') return null;
    const title = textIn(doc, ['.page-context-header .page-header-headings h1', 'nav .breadcrumb-item:first-child a']);
    return { id: `moodle:${url.host}/${id}`, title: title || `Course ${id} (${url.hostname})` };
  },
} satisfies PlatformAdapter<'moodle'>;
