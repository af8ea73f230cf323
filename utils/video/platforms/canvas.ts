import { unnamedCourseTitle } from '../../model/unnamed-course';
import { type PlatformAdapter, textIn } from './platform';

const COURSE = /^\/courses\/(\d+)(?:\/|$)/;

/**
 * Canvas, on each university's own host: a course's pages sit under `/courses/<id>`. Every course
 * page's breadcrumbs name the course as Canvas shows it to the student (its course code, or the
 * student's own nickname for it): `<li id="crumb_course_<id>"><a href="/courses/<id>"><span
 * class="ellipsible">PHYS 201</span></a></li>`.
 */
export const canvas = {
  id: 'canvas',
  lms: true,
  siteNames: ['Canvas', 'Canvas LMS', 'Instructure'],
  matches: (url) => COURSE.test(url.pathname),
  course: (url, doc) => {
    const id = COURSE.exec(url.pathname)?.[1];
    if (!id) return null;
    const title = textIn(doc, [
      `#breadcrumbs #crumb_course_${id} .ellipsible`,
      `#breadcrumbs a[href$="/courses/${id}"] .ellipsible`,
      `#breadcrumbs a[href$="/courses/${id}"]`,
    ]);
    return { id: `canvas:${url.host}/${id}`, title: title || unnamedCourseTitle(id, url.hostname) };
  },
} satisfies PlatformAdapter<'canvas'>;
