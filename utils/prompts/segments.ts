/** Review-prompt segments as the student reads them. The range arithmetic is utils/model/ranges.ts. */
import type { Range } from '../model/ranges';
import { formatVideoTime } from '../model/video-time';

/** A segment as the student reads it: `12:00-18:00`. */
export function formatSegment([start, end]: Range): string {
  return `${formatVideoTime(start)}-${formatVideoTime(end)}`;
}
