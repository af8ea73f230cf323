import { isHost, type PlatformAdapter, platformTitle } from './platform';

/** /course/<slug>/learn/lecture/<id>. */
export const udemy: PlatformAdapter = {
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
};
