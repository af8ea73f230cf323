/**
 * A link to a moment of a lecture, for the exports and the print view: the lecture's platform's
 * own link where it has one (YouTube's `t=`, Vimeo's `#t=`, Panopto's `start=`, …), else the
 * rule of the site the page is on, else the media fragment `#t=<seconds>` (platforms/registry.ts).
 * Whole seconds; a URL that cannot be read is kept as it is. Pure.
 */
import { pageTimestampUrl, timestampUrlFor } from '../video/platforms/registry';

export function timestampUrl(pageUrl: string, seconds: number, platform?: string): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (!URL.canParse(pageUrl)) return pageUrl;
  if (platform) {
    try {
      const own = timestampUrlFor(platform, pageUrl, whole);
      if (own) return own;
    } catch {
      // An adapter that cannot read this URL: fall back to the general rule.
    }
  }
  return pageTimestampUrl(new URL(pageUrl), whole);
}
