/**
 * A platform adapter: how one video platform names its lectures. Each takes the frame's URL and
 * Document as arguments (tests pass replica DOMs; the background passes no Document). `lectureKey` returns null when the URL is one
 * of the platform's pages but not a lecture (the next adapter, eventually generic, decides then).
 */
import type { LectureCourse } from '../../db/database';

export interface PlatformAdapter {
  id: string;
  matches(url: URL): boolean;
  lectureKey(url: URL, doc: Document | null, video: HTMLVideoElement | null): string | null;
  title(doc: Document): string;
  /** The platform's own link to a moment of the lecture, when it has one. */
  timestampUrl?(url: URL, seconds: number): string;
  /** The course the page belongs to, when the platform has courses (utils/video/course.ts). */
  course?(url: URL, doc: Document | null): LectureCourse | null;
}

/** "machine-learning" → "Machine Learning": a course name from its URL slug. */
export function titleFromSlug(slug: string): string {
  let text = slug;
  try {
    text = decodeURIComponent(slug);
  } catch {
    // a malformed escape: keep the slug as it is
  }
  return text
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
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
