import { isHost, type PlatformAdapter, textIn, textOf, titleFromSlug } from './platform';

/** /learn/<course>/lecture/<item>/<slug> (and /supplement/, /exam/ are not lectures). */
export const coursera = {
  id: 'coursera',
  matches: (url) => isHost(url, 'coursera.org'),
  lectureKey: (url) => {
    const match = /^\/learn\/([^/]+)\/lecture\/([^/]+)/.exec(url.pathname);
    return match ? `coursera:${match[1]}/${match[2]}` : null;
  },
  title: (doc) => textOf(doc, ['h1.video-name', 'h1']),
  siteNames: ['Coursera'],
  /** /learn/<course slug>/…: the course's name from the page's header when it shows it, else the slug. */
  course: (url, doc) => {
    const slug = /^\/learn\/([^/]+)/.exec(url.pathname)?.[1];
    if (!slug) return null;
    const name = textIn(doc, ['[data-e2e="course-name"]', '.course-name', 'meta[name="course-name"]']);
    return { id: `coursera:${slug}`, title: name || titleFromSlug(slug) };
  },
} satisfies PlatformAdapter<'coursera'>;
