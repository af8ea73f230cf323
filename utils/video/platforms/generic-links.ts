import { type PlatformLinks, withHash } from './platform';

/**
 * Any page: the media fragment `#t=<seconds>`, which the page's own player may honour; left out
 * when the page already uses its fragment (a hash-routed app's `#/course/1`).
 */
export const genericLinks = {
  pageTimestampUrl: (url, seconds) =>
    url.hash === '' || /^#t=[\d.]+s?$/.test(url.hash) ? withHash(url, `t=${Math.floor(seconds)}`) : url.href,
} satisfies PlatformLinks;
