/**
 * A platform adapter: how one video platform names its lectures. Each takes the frame's URL and
 * Document as arguments (tests pass replica DOMs; the background passes no Document). `lectureKey` returns null when the URL is one
 * of the platform's pages but not a lecture (the next adapter, eventually generic, decides then).
 */
export interface PlatformAdapter {
  id: string;
  matches(url: URL): boolean;
  lectureKey(url: URL, doc: Document | null, video: HTMLVideoElement | null): string | null;
  title(doc: Document): string;
  /** The platform's own link to a moment of the lecture, when it has one. */
  timestampUrl?(url: URL, seconds: number): string;
}

/** Host is `domain` or one of its subdomains. */
export function isHost(url: URL, domain: string): boolean {
  return url.hostname === domain || url.hostname.endsWith(`.${domain}`);
}

/** The first non-empty text among `selectors`, trimmed and with runs of spaces collapsed. */
export function textOf(doc: Document, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    const value = selector.startsWith('meta') ? element?.getAttribute('content') : element?.textContent;
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) return clean;
  }
  return '';
}

/** document.title without a site suffix like " - YouTube" and without a "(3) " unread count. */
export function cleanTitle(title: string, suffix: RegExp): string {
  return title
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(suffix, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A platform title: its title elements first, then og:title, then the cleaned document title. */
export function platformTitle(doc: Document, selectors: readonly string[], suffix: RegExp): string {
  return cleanTitle(textOf(doc, [...selectors, 'meta[property="og:title"]']), suffix) || cleanTitle(doc.title, suffix);
}

export function withSeconds(url: URL, name: string, seconds: number, suffix = ''): string {
  const copy = new URL(url.href);
  copy.searchParams.set(name, `${Math.floor(seconds)}${suffix}`);
  return copy.href;
}
