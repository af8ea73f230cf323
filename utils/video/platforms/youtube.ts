import { isHost, type PlatformAdapter, textOf } from './platform';

const ID = /^[\w-]{11}$/;

/** The video id of any YouTube lecture URL: watch?v=, youtu.be/, /embed/, /shorts/, /live/, /v/. */
export function youtubeId(url: URL): string | null {
  if (url.hostname === 'youtu.be') return ID.exec(url.pathname.slice(1))?.[0] ?? null;
  const fromQuery = url.pathname === '/watch' ? url.searchParams.get('v') : null;
  if (fromQuery) return ID.test(fromQuery) ? fromQuery : null;
  const path = /^\/(?:embed|shorts|live|v)\/([\w-]{11})(?:[/?]|$)/.exec(url.pathname);
  return path?.[1] ?? null;
}

export const youtube = {
  id: 'youtube',
  matches: (url) => url.hostname === 'youtu.be' || isHost(url, 'youtube.com') || isHost(url, 'youtube-nocookie.com'),
  lectureKey: (url) => {
    const id = youtubeId(url);
    return id ? `youtube:${id}` : null;
  },
  /** The watch page's heading, an embed's title link (their tab titles are cleaned by the generic sources). */
  title: (doc) => textOf(doc, ['h1.ytd-watch-metadata', 'ytd-watch-metadata h1', '#title h1', '.ytp-title-link']),
  siteNames: ['YouTube'],
} satisfies PlatformAdapter<'youtube'>;
