import { type PlatformLinks, withSeconds } from './platform';
import { youtubeId } from './youtube';

/** A lecture opens on its watch page at `t=`; another YouTube page takes `t=` itself (an embed, `start=`). */
export const youtubeLinks = {
  timestampUrl: (url, seconds) => {
    const id = youtubeId(url);
    return id ? `https://www.youtube.com/watch?v=${id}&t=${Math.floor(seconds)}s` : url.href;
  },
  pageTimestampUrl: (url, seconds) =>
    url.pathname.startsWith('/embed/') ? withSeconds(url, 'start', seconds) : withSeconds(url, 't', seconds, 's'),
} satisfies PlatformLinks;
