/**
 * Reads the page around a lecture's frame (the tab's top page: a Canvas or Moodle page around a
 * Kaltura or Panopto player) for the background, which decides with it what the lecture is called
 * and where it is filed (utils/video/embedded-lecture.ts). Runs in the script the background
 * injects into that top frame only (entrypoints/embedding-page.content.ts); reads, changes nothing.
 * The naming rules are the identity script's (./naming/).
 */
import type { LectureCourse } from '../model/lectures';
import type { EmbeddedFrame, EmbeddingPage } from '../protocol/embedding-page';
import { siteNamesOf } from './naming/lecture-name';
import { cleanName, shortenName } from './naming/name-text';
import { headingBeforePlayer } from './naming/player-name';
import { type SiteNames, withoutSiteName } from './naming/site-name';
import { courseOfPage, PLATFORMS } from './platforms/registry';

/** The iframes read, at most (a page with more lists ads and widgets after its lecture). */
export const MAX_EMBEDDED_FRAMES = 40;
const TEXT_MAX = 500;

/**
 * What names the site, to take off its title and headings: what the page declares (og:site_name,
 * application-name), its navbar's brand (Moodle's site name, Bootstrap themes), its LMS's names
 * ("Canvas", "Moodle"), the course's name, and its host.
 */
function siteNamesAround(url: URL, doc: Document, course: LectureCourse | null): SiteNames {
  const declared = siteNamesOf(doc, url.hostname, {});
  const brand = cleanName(doc.querySelector('.navbar-brand')?.textContent ?? '');
  const lms = PLATFORMS.filter((platform) => platform.lms && platform.matches(url));
  return {
    host: url.hostname,
    siteName: [
      ...(declared.siteName ?? []),
      ...lms.flatMap((platform) => platform.siteNames ?? []),
      ...(brand ? [brand] : []),
      ...(course ? [course.title] : []),
    ],
  };
}

function frameFacts(frame: HTMLIFrameElement | HTMLFrameElement, site: SiteNames): EmbeddedFrame {
  const box = frame.getBoundingClientRect();
  const src = frame.src && /^https?:/.test(frame.src) ? frame.src : '';
  return {
    src: src.slice(0, 8192),
    area: Math.max(0, Math.round(box.width) * Math.round(box.height)),
    heading: shortenName(
      headingBeforePlayer(frame, (text) => withoutSiteName(text, site)),
      TEXT_MAX,
    ),
    label: shortenName(cleanName(frame.getAttribute('aria-label') || frame.title), TEXT_MAX),
  };
}

export function readEmbeddingPage(url: URL, doc: Document): EmbeddingPage {
  const course = courseOfPage(url, doc);
  const site = siteNamesAround(url, doc, course);
  const frames = Array.from(doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame'))
    .slice(0, MAX_EMBEDDED_FRAMES)
    .map((frame) => frameFacts(frame, site));
  return {
    url: url.href,
    name: shortenName(withoutSiteName(doc.title, site), TEXT_MAX),
    ...(course ? { course: { id: course.id.slice(0, 300), title: course.title.slice(0, 300) } } : {}),
    frames,
  };
}
