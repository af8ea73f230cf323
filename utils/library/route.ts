/**
 * The dashboard's routes live in the URL hash, so back/forward and reloads work and every view
 * can be linked: `#/` (lectures), `#/lecture/<encoded key>`, `#/search`, `#/review`, …
 * A route is its view name (the first segment) and an optional parameter (the rest, decoded).
 */
export interface LibraryRoute {
  view: string;
  param: string;
}

export function parseRoute(hash: string): LibraryRoute {
  const path = hash.replace(/^#\/?/, '');
  const slash = path.indexOf('/');
  const view = slash === -1 ? path : path.slice(0, slash);
  const raw = slash === -1 ? '' : path.slice(slash + 1);
  let param = raw;
  try {
    param = decodeURIComponent(raw);
  } catch {
    // A hand-typed, malformed escape: keep it as written.
  }
  return { view, param };
}

export function routeHref(view: string, param?: string): string {
  return param === undefined || param === '' ? `#/${view}` : `#/${view}/${encodeURIComponent(param)}`;
}

export const lectureHref = (key: string) => routeHref('lecture', key);
