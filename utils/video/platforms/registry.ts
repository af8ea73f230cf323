/**
 * utils/video/platforms: everything Lectern knows about a platform (video sites, lecture capture,
 * learning management systems, and the generic rule for any page): lecture keys, titles, courses,
 * links to a moment, chapters, ads. One file per platform and per bundle that reads it (see
 * platform.ts), read through this one registry: nothing outside this folder names a platform, and
 * every caller asks here ("the lecture key of this URL", "the course", "a link that opens this
 * lecture at t", "the chapters of this video", "where the player marks an ad", "where it shows captions").
 * Pure: URL, Document and video come in as arguments. Never imports the database, the protocol,
 * the browser API or UI, so the identity script, the overlay, the background and the extension
 * pages can each bundle the parts they read and no more (the queries below read one table each:
 * the overlay's `chaptersOf` and `adMarkerOf` bring only the players).
 */
import type { LectureCourse } from '../../model/lectures';
import type { Chapter } from '../../prompts/scheduler';
import { trackChapters } from '../chapters';
import { blackboard } from './blackboard';
import { brightspace } from './brightspace';
import { canvas } from './canvas';
import { coursera } from './coursera';
import { courseraPlayer } from './coursera-player';
import { edx } from './edx';
import { generic } from './generic';
import { genericLinks } from './generic-links';
import { genericPlayer } from './generic-player';
import { kaltura } from './kaltura';
import { kalturaPlayer } from './kaltura-player';
import { khanAcademy } from './khan-academy';
import { loom } from './loom';
import { loomLinks } from './loom-links';
import { moodle } from './moodle';
import { panopto } from './panopto';
import { panoptoLinks } from './panopto-links';
import { panoptoPlayer } from './panopto-player';
import type { AdMarker, CaptionDisplay, PlatformAdapter, PlatformLinks, PlatformPlayer } from './platform';
import { sakai } from './sakai';
import { udemy } from './udemy';
import { vimeo } from './vimeo';
import { vimeoLinks } from './vimeo-links';
import { youtube } from './youtube';
import { youtubeLinks } from './youtube-links';
import { youtubePlayer } from './youtube-player';

/**
 * Every platform, in the order they are asked: the first adapter that keys a URL names its
 * lecture, the first with a course names the course (a platform's own, then an LMS's), and
 * generic, last, always answers. The other parts below are looked up by a platform's id.
 */
const ADAPTERS = [
  youtube,
  vimeo,
  coursera,
  edx,
  udemy,
  khanAcademy,
  panopto,
  kaltura,
  loom,
  canvas,
  moodle,
  blackboard,
  brightspace,
  sakai,
  generic,
] as const;
type PlatformId = (typeof ADAPTERS)[number]['id'];
type ById<Part> = { readonly [Id in PlatformId]?: Part };

export const PLATFORMS: readonly PlatformAdapter<PlatformId>[] = ADAPTERS;

const LINKS: ById<PlatformLinks> = {
  youtube: youtubeLinks,
  vimeo: vimeoLinks,
  panopto: panoptoLinks,
  loom: loomLinks,
  generic: genericLinks,
};

/** Players, in the registry's order (the overlay reads them without the adapters); generic's (video.js, Plyr) last. */
const PLAYERS: ById<PlatformPlayer> = {
  youtube: youtubePlayer,
  coursera: courseraPlayer,
  panopto: panoptoPlayer,
  kaltura: kalturaPlayer,
  generic: genericPlayer,
};

/** The first adapter that recognises this URL as one of its lectures, with the key it gives. */
export function lectureKeyFor(
  url: URL,
  doc: Document | null,
  video: HTMLVideoElement | null,
): { platform: PlatformAdapter; key: string } {
  for (const platform of PLATFORMS) {
    if (!platform.matches(url)) continue;
    const key = platform.lectureKey?.(url, doc, video);
    if (key) return { platform, key };
  }
  return { platform: generic, key: generic.lectureKey(url, doc, video) };
}

function firstCourse(url: URL, doc: Document | null, lmsOnly: boolean): LectureCourse | null {
  for (const platform of PLATFORMS) {
    if (!platform.course || (lmsOnly && !platform.lms) || !platform.matches(url)) continue;
    const course = platform.course(url, doc);
    if (course) return course;
  }
  return null;
}

/**
 * The course of a page: its platform's (Coursera, edX, Udemy, Khan Academy), else its LMS's
 * (Canvas, Moodle, Blackboard, Brightspace, Sakai), else null. A YouTube playlist (`list=`) is
 * deliberately not a course: the lecture's key is the video, and one video sits in many
 * playlists (the student's Watch later, an automatic Mix), so the "course" would change with the
 * link the student happened to follow.
 */
export const courseOfPage = (url: URL, doc: Document | null) => firstCourse(url, doc, false);

/** The course an LMS page names (the tab of a lecture that plays in a player's iframe). */
export const lmsCourseOf = (url: URL, doc: Document | null) => firstCourse(url, doc, true);

/** The platform's own link to a moment of the lecture, when `href` is one of its lectures; else null. */
export function timestampUrlFor(platformId: string, href: string, seconds: number): string | null {
  const platform = PLATFORMS.find((candidate) => candidate.id === platformId);
  if (!platform) return null;
  const own = LINKS[platform.id]?.timestampUrl;
  const url = new URL(href);
  if (!own || !platform.matches(url) || !platform.lectureKey?.(url, null, null)) return null;
  return own(url, seconds);
}

/** A link to any page at `seconds` (whole): the page's platform's rule (YouTube's `t=`, …), else `#t=`. */
export function pageTimestampUrl(url: URL, seconds: number): string {
  for (const platform of PLATFORMS) {
    const page = LINKS[platform.id]?.pageTimestampUrl;
    if (page && platform.matches(url)) return page(url, seconds);
  }
  return url.href;
}

/** The best chapters the lecture offers: its own chapters track, else those its player lists. */
export function chaptersOf(video: HTMLVideoElement): Chapter[] {
  const fromTrack = trackChapters(video);
  if (fromTrack.length > 0) return fromTrack;
  for (const player of Object.values(PLAYERS)) {
    const listed = player.chapters?.(video) ?? [];
    if (listed.length > 0) return listed;
  }
  return [];
}

/**
 * Where the player marks an ad playing in this video (YouTube plays its ads in the lecture's own
 * video), or null. Read from the player's markup whatever the frame's URL.
 */
export function adMarkerOf(video: HTMLVideoElement): AdMarker | null {
  for (const player of Object.values(PLAYERS)) {
    const marker = player.adMarker?.(video);
    if (marker) return marker;
  }
  return null;
}

/**
 * Where the lecture's player shows its captions in its own markup (YouTube's segments, Coursera's
 * transcript, Kaltura, Panopto, video.js, Plyr), or null. Read from the markup whatever the frame's URL.
 */
export function captionDisplayOf(video: HTMLVideoElement): CaptionDisplay | null {
  for (const player of Object.values(PLAYERS)) {
    const display = player.captions?.(video);
    if (display) return display;
  }
  return null;
}
