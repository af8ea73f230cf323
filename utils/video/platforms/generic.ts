import type { PlatformAdapter } from './platform';

const TRACKING_PARAMS = /^(utm_|fbclid$|gclid$|dclid$|msclkid$|mc_|_hs|ref$|ref_src$|si$|feature$|igshid$|spm$)/i;

/**
 * A URL without tracking parameters, in a stable parameter order, without its fragment unless
 * the fragment is a route (`#/course/1`, `#!/…`: hash-routed single-page apps).
 */
export function normaliseUrl(href: string): string {
  const url = new URL(href);
  if (!/^#!?\//.test(url.hash)) url.hash = '';
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

/**
 * The page's canonical (or og:url) address, on the page's own origin only: a canonical URL is the
 * page's word, and a page may not name itself after another site's lecture (and claim its notes).
 */
function canonicalUrl(page: URL, doc: Document | null): string | null {
  if (!doc) return null;
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, doc.baseURI);
      if (url.origin === page.origin) return url.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}

/** The video's own address when it is a real one (not a blob: of a Media Source player), without its query (tokens). */
function videoAddress(video: HTMLVideoElement | null): string | null {
  const source = video?.currentSrc || video?.getAttribute('src') || '';
  if (!/^https?:/.test(source)) return null;
  const url = new URL(source);
  return `${url.origin}${url.pathname}`;
}

/**
 * Any page: its canonical URL (same origin) or its own, cleaned, plus the video's own URL where it
 * has one. No title of its own: the generic naming sources (../naming/lecture-name.ts) name it.
 */
export const generic = {
  id: 'generic',
  matches: () => true,
  lectureKey: (url, doc, video) => {
    const page = normaliseUrl(canonicalUrl(url, doc) ?? url.href);
    const own = videoAddress(video);
    return own ? `url:${page} ${own}` : `url:${page}`;
  },
} satisfies PlatformAdapter<'generic'>;
