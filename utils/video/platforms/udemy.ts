import { isHost, type PlatformAdapter, platformTitle, textIn, titleFromSlug } from './platform';

/** /course/<slug>/learn/lecture/<id>. */
export const udemy = {
  id: 'udemy',
  matches: (url) => isHost(url, 'udemy.com'),
  lectureKey: (url) => {
    const match = /^\/course\/([^/]+)\/learn\/lecture\/(\d+)/.exec(url.pathname);
    return match ? `udemy:${match[1]}/${match[2]}` : null;
  },
  title: (doc) =>
    platformTitle(
      doc,
      ['[data-purpose="lecture-title"]', '[class*="curriculum-item-link--is-current"] span', 'h1'],
      /\s+\|\s+Udemy$/,
    ),
  /** /course/<slug>/…: the course header's title when the page shows it, else the slug. */
  course: (url, doc) => {
    const slug = /^\/course\/([^/]+)/.exec(url.pathname)?.[1];
    if (!slug) return null;
    const name = textIn(doc, ['[data-purpose="course-header-title"]']);
    return { id: `udemy:${slug}`, title: name || titleFromSlug(slug) };
  },
} satisfies PlatformAdapter<'udemy'>;
