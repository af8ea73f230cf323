/**
 * Which lecture a frame shows: a stable key that survives revisits and URL noise, a human
 * title, the site, the page to return to, the duration and the course, as the platform registry
 * (platforms/registry.ts) reads them. Runs in the identity script the background injects into a
 * lecture frame, never in the always-on script (see README.md).
 */
import type { LectureSighting } from '../model/lectures';
import { lectureNameIn } from './naming/lecture-name';
import { normaliseUrl } from './platforms/generic';
import { courseOfPage, lectureKeyFor } from './platforms/registry';

export function identifyLecture(url: URL, doc: Document, video: HTMLVideoElement | null): LectureSighting {
  const { platform, key } = lectureKeyFor(url, doc, video);
  const title = lectureNameIn(platform, url.hostname, doc, video) || url.hostname;
  const duration = video?.duration;
  const course = courseOfPage(url, doc);
  return {
    key: key.slice(0, 2048),
    platform: platform.id,
    title,
    site: url.hostname,
    url: normaliseUrl(url.href),
    duration: duration !== undefined && Number.isFinite(duration) && duration >= 0 ? duration : null,
    ...(course ? { course: { id: course.id.slice(0, 300), title: course.title.slice(0, 300) } } : {}),
  };
}
