/**
 * A link to a moment of a lecture: the platform adapter's own timestamp URL where it has one
 * (utils/video/platforms/: YouTube's `t=`, Vimeo's `#t=`, Panopto's `start=`, …), else the page
 * with a media fragment `#t=<seconds>` (left out when the page already uses its hash). Pure.
 */
import { timestampUrlFor } from '../video/identity';

const YOUTUBE_HOSTS = /(^|\.)youtube\.com$|(^|\.)youtube-nocookie\.com$|^youtu\.be$/;

/** The rule for lectures whose adapter has no timestamp link (or whose platform is unknown). */
function fallbackTimestampUrl(url: URL, whole: number): string {
  const host = url.hostname.toLowerCase();
  if (YOUTUBE_HOSTS.test(host)) {
    if (url.pathname.startsWith('/embed/')) url.searchParams.set('start', String(whole));
    else url.searchParams.set('t', `${whole}s`);
    return url.href;
  }
  if (host === 'vimeo.com' || host.endsWith('.vimeo.com')) {
    url.hash = `t=${whole}s`;
    return url.href;
  }
  if (url.hash === '' || /^#t=[\d.]+s?$/.test(url.hash)) url.hash = `t=${whole}`;
  return url.href;
}

export function timestampUrl(pageUrl: string, seconds: number, platform?: string): string {
  const whole = Math.max(0, Math.floor(seconds));
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  if (platform && platform !== 'generic') {
    try {
      const own = timestampUrlFor(platform, pageUrl, whole);
      if (own) return own;
    } catch {
      // An adapter that cannot read this URL: fall back to the general rule.
    }
  }
  return fallbackTimestampUrl(url, whole);
}
