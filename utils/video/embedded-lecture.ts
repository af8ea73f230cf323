/**
 * A lecture that plays in a frame of another page (a Kaltura or Panopto player in Canvas or
 * Moodle, a YouTube embed on any page) belongs to the page around it: the background files it
 * under that page's site and course, and names it from that page when the player has no better
 * name than its own branding ("Kaltura Player"). Pure: the background passes the frame's sighting
 * and what it read in the tab's top page (utils/video/embedding-page.ts), already validated.
 */
import type { LectureSighting } from '../model/lectures';
import type { EmbeddedFrame, EmbeddingPage } from '../protocol/embedding-page';
import { cleanName, isMeaningfulName } from './naming/name-text';
import { isGenericPlayerLabel } from './naming/player-label';
import { lmsCourseOf } from './platforms/registry';

/**
 * The player's own name says nothing of the lecture: empty, its host (what the identity script
 * falls back to), or only player words ("Kaltura Player", "Kaltura Embed Player iFrame", "YouTube").
 */
export function isPlayerName(title: string, frameHost: string): boolean {
  const name = cleanName(title);
  return !isMeaningfulName(name) || name.toLowerCase() === frameHost.toLowerCase() || isGenericPlayerLabel(name);
}

const pathOf = (href: string) => (URL.canParse(href) ? new URL(href) : null);

/**
 * The page's iframe that holds the lecture's frame: the one whose address is the frame's (or its
 * page's, or at least its host), else (the player sits deeper, inside an LMS's own launch frame)
 * the largest one shown.
 */
export function frameOfLecture(frames: readonly EmbeddedFrame[], frameUrl: string): EmbeddedFrame | null {
  const lecture = pathOf(frameUrl);
  const shown = frames.filter((frame) => frame.area > 0);
  if (lecture) {
    const same = (test: (src: URL) => boolean) =>
      shown.find((frame) => {
        const src = pathOf(frame.src);
        return src !== null && test(src);
      });
    const match =
      same((src) => src.href === lecture.href) ??
      same((src) => src.origin === lecture.origin && src.pathname === lecture.pathname) ??
      same((src) => src.host === lecture.host);
    if (match) return match;
  }
  return [...shown].sort((a, b) => b.area - a.area)[0] ?? null;
}

/** What the embedding page calls the lecture: the heading that labels its frame, the frame's own label, the page's name. */
function embeddingName(page: EmbeddingPage, frame: EmbeddedFrame | null, frameHost: string): string {
  const candidates = [
    frame?.heading ?? '',
    frame && !isPlayerName(frame.label, frameHost) ? frame.label : '',
    page.name,
  ];
  return candidates.find((candidate) => isMeaningfulName(candidate)) ?? '';
}

/**
 * The sighting of a lecture in a frame, as it belongs to the tab's top page `tabUrl`: that page's
 * site; its course (else the player's own, else the one the tab's address names); the embedding
 * page's name for the lecture when the player has no better one. `page` is what was read in the
 * top page (null when it could not be read: only the address is used then).
 */
export function embeddedSighting(
  sighting: LectureSighting,
  frameUrl: string,
  tabUrl: URL,
  page: EmbeddingPage | null,
): LectureSighting {
  const frameHost = pathOf(frameUrl)?.hostname ?? sighting.site;
  const course = page?.course ?? sighting.course ?? lmsCourseOf(tabUrl, null) ?? undefined;
  const named = page && isPlayerName(sighting.title, frameHost);
  const title = (named && embeddingName(page, frameOfLecture(page.frames, frameUrl), frameHost)) || sighting.title;
  return { ...sighting, site: tabUrl.hostname, title: title.slice(0, 500), ...(course ? { course } : {}) };
}
