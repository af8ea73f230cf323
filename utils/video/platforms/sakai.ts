import { unnamedCourseTitle } from '../../model/unnamed-course';
import { type PlatformAdapter, textIn } from './platform';

const SITE = /^\/portal\/site\/([\w.~-]+)(?:\/|$)/;

/**
 * Sakai, on each university's own host: a course is a site, `/portal/site/<site id>/tool/…`
 * (`~<user>` sites are the student's own workspace, not a course). Its name is the site name in
 * the portal's header (`.Mrphs-hierarchy--siteName`, Sakai's Morpheus skin).
 */
export const sakai = {
  id: 'sakai',
  lms: true,
  siteNames: ['Sakai'],
  matches: (url) => SITE.test(url.pathname),
  course: (url, doc) => {
    const id = SITE.exec(url.pathname)?.[1];
    if (!id || id.startsWith('~')) return null;
    const title = textIn(doc, ['.Mrphs-hierarchy--siteName']);
    return { id: `sakai:${url.host}/${id}`, title: title || unnamedCourseTitle(id, url.hostname) };
  },
} satisfies PlatformAdapter<'sakai'>;
