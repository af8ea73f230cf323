import { isHost, type PlatformAdapter, textIn, textOf, titleFromSlug } from './platform';

/** /course/<slug>/learn/lecture/<id>. */
export const udemy = {
  id: 'udemy',
  matches: (url) => isHost(url, 'udemy.com'),
  lectureKey: (url) => {
    const match = /^\/course\/([^/]+)\/learn\/lecture\/(\d+)/.exec(url.pathname);
    return match ? `udemy:${match[1]}/${match[2]}` : null;
  },
  /** The current lecture in the player or the curriculum (Udemy's h1 is the course's name). */
  title: (doc) =>
    textOf(doc, [
      '[data-purpose="lecture-title"]',
      '[class*="curriculum-item-link--is-current"] [data-purpose="item-title"]',
    ]),
  siteNames: ['Udemy'],
  /** /course/<slug>/…: the course header's title when the page shows it, else the slug. */
  course: (url, doc) => {
    const slug = /^\/course\/([^/]+)/.exec(url.pathname)?.[1];
    if (!slug) return null;
    const name = textIn(doc, ['[data-purpose="course-header-title"]']);
    return { id: `udemy:${slug}`, title: name || titleFromSlug(slug) };
  },
} satisfies PlatformAdapter<'udemy'>;
