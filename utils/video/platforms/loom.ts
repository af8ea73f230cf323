import { isHost, type PlatformAdapter, textOf } from './platform';

/** loom.com/share/<id> and /embed/<id>. */
export const loom = {
  id: 'loom',
  matches: (url) => isHost(url, 'loom.com'),
  lectureKey: (url) => {
    const match = /^\/(?:share|embed)\/([0-9a-f]{16,})/i.exec(url.pathname);
    return match ? `loom:${(match[1] as string).toLowerCase()}` : null;
  },
  title: (doc) => textOf(doc, ['h1']),
  siteNames: ['Loom'],
} satisfies PlatformAdapter<'loom'>;
