import type { LectureSighting } from '../lectures';

const TRACKING_PARAMS = /^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|si$|feature$)/;

/** The page's URL without fragments and tracking parameters. */
export function normalisePageUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  // forEach, not for…of: in Firefox content scripts URLSearchParams iterators are not iterable
  // across the Xray boundary.
  const names: string[] = [];
  url.searchParams.forEach((_value, name) => {
    names.push(name);
  });
  for (const name of names) if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
  url.searchParams.sort();
  return url.href;
}

/** A lecture identity for any page: its canonical URL (or its own), cleaned. */
export function genericSighting(doc: Document, video: HTMLVideoElement): LectureSighting {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const url = normalisePageUrl(canonical && /^https?:/.test(canonical) ? canonical : doc.location.href);
  const title = doc.title.trim() || doc.querySelector('h1')?.textContent?.trim() || new URL(url).hostname;
  return {
    key: `url:${url}`,
    platform: 'generic',
    title: title.slice(0, 500),
    site: new URL(url).hostname,
    url,
    duration: Number.isFinite(video.duration) ? video.duration : null,
  };
}
