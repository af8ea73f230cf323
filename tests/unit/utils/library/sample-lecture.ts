import type { Lecture } from '@/utils/model/lectures';

/** A stored lecture titled `key` on a.edu, 100 s long, never watched; `extra` sets any other field. */
export const sampleLecture = (key: string, extra: Partial<Lecture> = {}): Lecture => ({
  key,
  platform: 'generic',
  title: key,
  site: 'a.edu',
  url: 'https://a.edu/',
  duration: 100,
  lastPosition: 0,
  watched: [],
  createdAt: 0,
  updatedAt: 0,
  lastWatchedAt: 0,
  ...extra,
});
