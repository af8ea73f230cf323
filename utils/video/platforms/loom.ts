import { isHost, type PlatformAdapter, platformTitle } from './platform';

/** loom.com/share/<id> and /embed/<id>. */
export const loom = {
  id: 'loom',
  matches: (url) => isHost(url, 'loom.com'),
  lectureKey: (url) => {
    const match = /^\/(?:share|embed)\/([0-9a-f]{16,})/i.exec(url.pathname);
    return match ? `loom:${(match[1] as string).toLowerCase()}` : null;
  },
  title: (doc) => platformTitle(doc, ['h1'], /\s+[-|]\s+Loom$/),
} satisfies PlatformAdapter<'loom'>;
