import { type PlatformAdapter, textIn } from './platform';

const COURSE = /^\/courses\/(\d+)(?:\/|$)/;

/** Canvas, on each university's own host: a course's pages sit under `/courses/<id>`. */
export const canvas = {
  id: 'canvas',
  lms: true,
  matches: (url) => COURSE.test(url.pathname),
  course: (url, doc) => {
    const id = COURSE.exec(url.pathname)?.[1];
    if (!id) return null;
    const title = textIn(doc, ['#breadcrumbs li:nth-of-type(2) .ellipsible', '#breadcrumbs li:nth-of-type(2) span']);
    return { id: `canvas:${url.host}/${id}`, title: title || `Course ${id} (${url.hostname})` };
  },
} satisfies PlatformAdapter<'canvas'>;
