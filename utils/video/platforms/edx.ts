import { isHost, type PlatformAdapter, textIn, textOf } from './platform';

/** learning.edx.org/course/<course-v1:…>/<block-v1:…>: the course and the deepest unit block. */
export const edx = {
  id: 'edx',
  matches: (url) => isHost(url, 'edx.org'),
  lectureKey: (url) => {
    const path = decodeURIComponent(url.pathname);
    const course = /course-v1:[^/]+/.exec(path)?.[0];
    const blocks = path.match(/block-v1:[^/]+/g);
    const unit = blocks?.[blocks.length - 1] ?? url.searchParams.get('activate_block_id');
    return course && unit ? `edx:${course}/${unit}` : null;
  },
  /** The unit's title in the page; its tab reads "<unit> | <section> | <course> | edX": the unit is the first. */
  title: (doc) => textOf(doc, ['.unit-title h1', '.unit-title']),
  siteNames: ['edX'],
  nameInTitle: (title) => title.split(/\s+\|\s+/)[0] ?? '',
  /** course-v1:<org>+<number>+<run>: named "<org> <number>" unless the page shows the course's name. */
  course: (url, doc) => {
    const id = /course-v1:[^/]+/.exec(decodeURIComponent(url.pathname))?.[0];
    if (!id) return null;
    const [org = '', number = ''] = id.slice('course-v1:'.length).split('+');
    const name = textIn(doc, ['.course-title', '[class*="course-header"] .course-title']);
    return { id: `edx:${id}`, title: name || `${org} ${number}`.trim() };
  },
} satisfies PlatformAdapter<'edx'>;
