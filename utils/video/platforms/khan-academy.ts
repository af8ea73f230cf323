import { isHost, type PlatformAdapter, textOf, titleFromSlug } from './platform';

/** …/v/<video-slug>: Khan Academy's video pages. */
export const khanAcademy = {
  id: 'khan-academy',
  matches: (url) => isHost(url, 'khanacademy.org'),
  lectureKey: (url) => {
    const match = /\/v\/([^/?#]+)/.exec(url.pathname);
    return match ? `khan-academy:${match[1]}` : null;
  },
  title: (doc) => textOf(doc, ['[data-testid="content-title"]', 'h1']),
  siteNames: ['Khan Academy'],
  nameInTitle: (title) => title.replace(/\s+\(video\)$/, ''),
  /**
   * /<subject>/<course>/<unit>/<lesson>/v/<video>: the course is the first two segments (e.g.
   * science/ap-physics-1), the level Khan Academy itself calls a course; a unit is a chapter of it.
   */
  course: (url) => {
    const match = /^\/([^/]+)\/([^/]+)\/(?:[^/]+\/)*v\//.exec(url.pathname);
    if (!match) return null;
    const [, subject = '', course = ''] = match;
    return { id: `khan-academy:${subject}/${course}`, title: titleFromSlug(course) };
  },
} satisfies PlatformAdapter<'khan-academy'>;
