/**
 * A link to a moment of a lecture: the platform's own timestamp URL where it has one (YouTube's
 * `t=`, Vimeo's `#t=`), else the page with a media fragment `#t=<seconds>` (left out when the
 * page already uses its hash). Pure.
 */
const YOUTUBE_HOSTS = /(^|\.)youtube\.com$|(^|\.)youtube-nocookie\.com$|^youtu\.be$/;

export function timestampUrl(pageUrl: string, seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
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
