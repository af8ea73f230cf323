import { isHost, type PlatformAdapter, textOf } from './platform';

/** vimeo.com/123, /channels/x/123, /groups/x/videos/123, /123/abcdef (unlisted), player.vimeo.com/video/123. */
export function vimeoId(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (url.hostname === 'player.vimeo.com')
    return segments[0] === 'video' && /^\d+$/.test(segments[1] ?? '') ? (segments[1] as string) : null;
  return segments.find((segment) => /^\d{5,}$/.test(segment)) ?? null;
}

export const vimeo = {
  id: 'vimeo',
  matches: (url) => isHost(url, 'vimeo.com'),
  lectureKey: (url) => {
    const id = vimeoId(url);
    return id ? `vimeo:${id}` : null;
  },
  title: (doc) => textOf(doc, ['h1', '.vp-title-header a']),
  siteNames: ['Vimeo'],
  /** "Lecture 4 from Physics Dept on Vimeo" (the player's and the page's tab titles). */
  nameInTitle: (title) => title.replace(/\s+(?:from\s+.+\s+)?on\s+Vimeo$/, ''),
} satisfies PlatformAdapter<'vimeo'>;
