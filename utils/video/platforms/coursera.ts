import { isHost, type PlatformAdapter, platformTitle } from './platform';

/** /learn/<course>/lecture/<item>/<slug> (and /supplement/, /exam/ are not lectures). */
export const coursera: PlatformAdapter = {
  id: 'coursera',
  matches: (url) => isHost(url, 'coursera.org'),
  lectureKey: (url) => {
    const match = /^\/learn\/([^/]+)\/lecture\/([^/]+)/.exec(url.pathname);
    return match ? `coursera:${match[1]}/${match[2]}` : null;
  },
  title: (doc) => platformTitle(doc, ['h1'], /\s+\|\s+Coursera$/),
};
