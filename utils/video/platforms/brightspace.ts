import { unnamedCourseTitle } from '../../model/unnamed-course';
import { type PlatformAdapter, textIn } from './platform';

const ORG_UNIT = /^\/d2l\/(?:le\/content|le\/lessons|home|lms\/[^/]+)\/(\d+)(?:\/|$)/;

/**
 * Brightspace (D2L), on each university's own host: the course is the org unit id in `/d2l/…/<id>`.
 * Its name is the course navbar's title (`.d2l-navigation-s-title-container`, a link to the
 * course's home).
 */
export const brightspace = {
  id: 'brightspace',
  lms: true,
  siteNames: ['Brightspace', 'D2L', 'D2L Brightspace'],
  matches: (url) => url.pathname.startsWith('/d2l/'),
  course: (url, doc) => {
    const id = ORG_UNIT.exec(url.pathname)?.[1];
    if (!id) return null;
    const title = textIn(doc, ['.d2l-navigation-s-title-container']);
    return { id: `brightspace:${url.host}/${id}`, title: title || unnamedCourseTitle(id, url.hostname) };
  },
} satisfies PlatformAdapter<'brightspace'>;
