/**
 * Which lecture a frame shows: a stable key that survives revisits and URL noise, a human
 * title, the site, the page to return to and the duration. One adapter per platform
 * (platforms/), tried in order; the generic one, last, always answers.
 * Runs in the identity script the background injects into a lecture frame (never in the
 * always-on script: see README.md) and in the background (timestamp links).
 */
import type { LectureSighting } from '../db/lectures';
import { courseOfPage } from './course';
import { coursera } from './platforms/coursera';
import { edx } from './platforms/edx';
import { generic, normaliseUrl } from './platforms/generic';
import { kaltura } from './platforms/kaltura';
import { khanAcademy } from './platforms/khan-academy';
import { loom } from './platforms/loom';
import { panopto } from './platforms/panopto';
import type { PlatformAdapter } from './platforms/platform';
import { udemy } from './platforms/udemy';
import { vimeo } from './platforms/vimeo';
import { youtube } from './platforms/youtube';

export const PLATFORMS: readonly PlatformAdapter[] = [
  youtube,
  vimeo,
  coursera,
  edx,
  udemy,
  khanAcademy,
  panopto,
  kaltura,
  loom,
  generic,
];

export function platformById(id: string): PlatformAdapter | undefined {
  return PLATFORMS.find((platform) => platform.id === id);
}

/** The first adapter that recognises this URL as one of its lectures, with the key it gives. */
export function lectureKeyFor(url: URL, doc: Document | null, video: HTMLVideoElement | null) {
  for (const platform of PLATFORMS) {
    if (!platform.matches(url)) continue;
    const key = platform.lectureKey(url, doc, video);
    if (key) return { platform, key };
  }
  return { platform: generic, key: generic.lectureKey(url, doc, video) as string };
}

export function identifyLecture(url: URL, doc: Document, video: HTMLVideoElement | null): LectureSighting {
  const { platform, key } = lectureKeyFor(url, doc, video);
  const title = platform.title(doc) || generic.title(doc) || url.hostname;
  const duration = video?.duration;
  const course = courseOfPage(url, doc);
  return {
    key: key.slice(0, 2048),
    platform: platform.id,
    title: title.slice(0, 500),
    site: url.hostname,
    url: normaliseUrl(url.href),
    duration: duration !== undefined && Number.isFinite(duration) && duration >= 0 ? duration : null,
    ...(course ? { course: { id: course.id.slice(0, 300), title: course.title.slice(0, 300) } } : {}),
  };
}

/** Where to open a lecture at a moment: the platform's own timestamp link if it has one for this URL. */
export function timestampUrlFor(platformId: string, href: string, seconds: number): string | null {
  const platform = platformById(platformId);
  const url = new URL(href);
  if (!platform?.timestampUrl || !platform.matches(url) || !platform.lectureKey(url, null, null)) return null;
  return platform.timestampUrl(url, seconds);
}
