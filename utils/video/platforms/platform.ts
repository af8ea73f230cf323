/**
 * The platform contract. A platform (a video site, a lecture-capture system, a learning
 * management system, or the generic rule for any page) has up to three parts, each in its own
 * file because each is read in a different bundle and Vite leaves out what a bundle never reads:
 *
 * - `<name>.ts`, its adapter: names the lectures and courses of its pages (the identity script in
 *   a lecture's frame, the background, the library);
 * - `<name>-links.ts`: links to a moment of a lecture (the background's "open at", the exports);
 * - `<name>-player.ts`: what its player shows about the video: chapters, ads, captions (the
 *   overlay, in the lecture's frame).
 *
 * Every member takes the frame's URL, Document or video as arguments: tests pass replica DOMs,
 * the background and the library pass no Document.
 */
import type { LectureCourse } from '../../model/lectures';
import type { Chapter } from '../../prompts/scheduler';
import type { LectureNamer } from '../naming/lecture-name';

/**
 * Naming (`title`, `siteNames`, `nameInTitle`, from ../naming/lecture-name.ts): the platform's own
 * lecture name comes first; the generic sources (the player's label or heading, og:title, the
 * document title without the site's name) follow, so an adapter reads only its own elements and
 * never `document.title` (stale in a single-page app that loads the lecture after the page).
 */
export interface PlatformAdapter<Id extends string = string> extends LectureNamer {
  id: Id;
  /**
   * The URL is one of the platform's pages. A platform that keys lectures matches its own hosts
   * only: any page can put a URL shape in its own address, and would claim that platform's lecture
   * (its notes, progress and "open at" link). An LMS, on each university's host, matches its shape.
   */
  matches(url: URL): boolean;
  /**
   * The lecture's stable key, or null when this page is not one of the platform's lectures (the
   * next adapter decides). An LMS has none: it names courses, never lectures.
   */
  lectureKey?(url: URL, doc: Document | null, video: HTMLVideoElement | null): string | null;
  /** The course the page belongs to, when the platform has courses. */
  course?(url: URL, doc: Document | null): LectureCourse | null;
  /** A learning management system: a lecture in a player's iframe (Kaltura in Canvas) takes the course of the tab's LMS page. */
  lms?: true;
}

export interface PlatformLinks {
  /** A link that opens one of the platform's lectures (a URL its adapter keys) at `seconds`. */
  timestampUrl?(url: URL, seconds: number): string;
  /** A link to any page of the platform at `seconds` (whole), when the lecture's own link is not known. */
  pageTimestampUrl?(url: URL, seconds: number): string;
}

/** Where a player marks that an ad plays in the video: the element, the attribute that changes, and its reading. */
export interface AdMarker {
  element: Element;
  attribute: string;
  isShowing(): boolean;
}

/**
 * Where a player shows captions (or a transcript's current line) in its own markup: the element to
 * observe (a MutationObserver on it, never polling: utils/video/captions/dom-captions.ts) and how
 * to read the line(s) shown now.
 */
export interface CaptionDisplay {
  element: Element;
  /** The line(s) shown now, in reading order ([] when none). */
  lines(): string[];
  /** The current line is marked by a class (a transcript's highlight), not replaced: observe classes too. */
  marksByClass?: true;
}

export interface PlatformPlayer {
  /** The chapters the player lists for this video (or none), read when the video has no chapters track. */
  chapters?(video: HTMLVideoElement): Chapter[];
  /** Where the player marks an ad in this video, or null when the video is not in this platform's player. */
  adMarker?(video: HTMLVideoElement): AdMarker | null;
  /** Where the player shows this video's captions in its markup, or null when it is not this player or shows none. */
  captions?(video: HTMLVideoElement): CaptionDisplay | null;
}

/** The trimmed, non-empty texts of the elements `selector` finds in `root`, in document order. */
export function textsIn(root: ParentNode, selector: string): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll(selector)) {
    const text = element.textContent?.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}

/**
 * A caption display in `video`'s player (the closest `playerSelector`): the element `displaySelector`
 * finds in it (else the player, when the display is made only once captions show), read by `lineSelector`.
 */
export function captionDisplayIn(
  video: HTMLVideoElement,
  selectors: { player: string; display: string; line: string },
): CaptionDisplay | null {
  const player = video.closest(selectors.player);
  if (!player) return null;
  const element = player.querySelector(selectors.display) ?? player;
  return { element, lines: () => textsIn(element, selectors.line) };
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

/** The text of `selectors` in the page, or '' without a page (the background knows only the URL). */
export const textIn = (doc: Document | null, selectors: readonly string[]) => (doc ? textOf(doc, selectors) : '');

/** The URL with the query parameter `name` set to the whole seconds (and `suffix`). */
export function withSeconds(url: URL, name: string, seconds: number, suffix = ''): string {
  const copy = new URL(url.href);
  copy.searchParams.set(name, `${Math.floor(seconds)}${suffix}`);
  return copy.href;
}

/** The URL with its fragment set to `fragment`. */
export function withHash(url: URL, fragment: string): string {
  const copy = new URL(url.href);
  copy.hash = fragment;
  return copy.href;
}
