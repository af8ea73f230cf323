/**
 * A course's name when its page shows none, only its address: `Course 4821 (canvas.example.edu)`.
 * A later sighting that shows the course's real name replaces it (utils/db/lectures.ts). No
 * valibot: the platform adapters in page-side bundles use it.
 */
export const unnamedCourseTitle = (id: string, host: string) => `Course ${id} (${host})`;

export const isUnnamedCourseTitle = (title: string) => /^Course \S+ \([^\s()]+\)$/.test(title);
