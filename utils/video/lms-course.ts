/**
 * The course of a page in a learning management system, where its URL (or, in the LMS's own
 * frame, its page) says: Canvas `/courses/<id>`, Moodle `/course/view.php?id=<id>` or a page
 * whose body carries Moodle's `course-<id>` class, Blackboard `course_id=_<id>_1`, Brightspace
 * `/d2l/…/<org unit id>`. A lecture in a player's iframe (Kaltura in Canvas) gets it from the
 * tab's URL in the background. Pure: URL and Document come in as arguments.
 */
import type { LectureCourse } from '../db/database';
import { textOf } from './platforms/platform';

const named = (doc: Document | null, selectors: readonly string[]) => (doc ? textOf(doc, selectors) : '');

function canvas(url: URL, doc: Document | null): LectureCourse | null {
  const id = /^\/courses\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
  if (!id) return null;
  const title = named(doc, ['#breadcrumbs li:nth-of-type(2) .ellipsible', '#breadcrumbs li:nth-of-type(2) span']);
  return { id: `canvas:${url.host}/${id}`, title: title || `Course ${id} (${url.hostname})` };
}

function moodle(url: URL, doc: Document | null): LectureCourse | null {
  const fromUrl = url.pathname.endsWith('/course/view.php') ? url.searchParams.get('id') : null;
  const bodyClass = doc?.body?.className.match(/(?:^|\s)course-(\d+)(?:\s|$)/)?.[1];
  const isMoodle = bodyClass !== undefined && doc?.body?.id.startsWith('page-') === true;
  const id = fromUrl && /^\d+$/.test(fromUrl) ? fromUrl : isMoodle ? bodyClass : null;
  if (!id || id === '1') return null; // course 1 is Moodle's front page
  const title = named(doc, ['.page-context-header .page-header-headings h1', 'nav .breadcrumb-item:first-child a']);
  return { id: `moodle:${url.host}/${id}`, title: title || `Course ${id} (${url.hostname})` };
}

function blackboard(url: URL): LectureCourse | null {
  const id = url.searchParams.get('course_id') ?? /\/ultra\/courses\/(_\d+_\d+)\//.exec(url.pathname)?.[1];
  if (!id || !/^_\d+_\d+$/.test(id)) return null;
  return { id: `blackboard:${url.host}/${id}`, title: `Course ${id} (${url.hostname})` };
}

function brightspace(url: URL): LectureCourse | null {
  const id = /^\/d2l\/(?:le\/content|le\/lessons|home|lms\/[^/]+)\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
  if (!id) return null;
  return { id: `brightspace:${url.host}/${id}`, title: `Course ${id} (${url.hostname})` };
}

export function lmsCourse(url: URL, doc: Document | null): LectureCourse | null {
  return canvas(url, doc) ?? moodle(url, doc) ?? blackboard(url) ?? brightspace(url);
}
