/**
 * A link to a moment of a lecture, for the exports and the print view: the lecture's platform's
 * own link where it has one (YouTube's `t=`, Vimeo's `#t=`, Panopto's `start=`, …), else the
 * rule of the site the page is on, else the media fragment `#t=<seconds>` (platforms/registry.ts).
 * Whole seconds. Null for an address that is not http(s) (./web-url.ts): never a link. Pure.
 */
import { isWebUrl } from '../model/web-url';
import { pageTimestampUrl, timestampUrlFor } from '../video/platforms/registry';

/** The page's own address when it is http(s), else null: what a link or a tab may point to. */
export function webLink(pageUrl: string): string | null {
  return isWebUrl(pageUrl) ? pageUrl : null;
}

export function timestampUrl(pageUrl: string, seconds: number, platform?: string): string | null {
  const whole = Math.max(0, Math.floor(seconds));
  if (!isWebUrl(pageUrl)) return null;
  if (platform) {
    try {
      const own = timestampUrlFor(platform, pageUrl, whole);
      if (own) return webLink(own);
    } catch {
      // An adapter that cannot read this URL: fall back to the general rule.
    }
  }
  return webLink(pageTimestampUrl(new URL(pageUrl), whole));
}
