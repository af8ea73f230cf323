import type { PlatformAdapter } from './platform';

const courseId = (url: URL) =>
  url.searchParams.get('course_id') ?? /\/ultra\/courses\/(_\d+_\d+)\//.exec(url.pathname)?.[1] ?? null;

/** Blackboard, on each university's own host: `course_id=_<id>_1` (Ultra: `/ultra/courses/_<id>_1/`). */
export const blackboard = {
  id: 'blackboard',
  lms: true,
  matches: (url) => courseId(url) !== null,
  course: (url) => {
    const id = courseId(url);
    if (!id || !/^_\d+_\d+$/.test(id)) return null;
    return { id: `blackboard:${url.host}/${id}`, title: `Course ${id} (${url.hostname})` };
  },
} satisfies PlatformAdapter<'blackboard'>;
