/** Range arithmetic and labels for review-prompt segments (video seconds, [start, end)). */
import type { Range } from '../db/database';
import { addRange, coveredSeconds } from '../model/ranges';
import { formatVideoTime } from '../model/video-time';

/** The parts of `range` not covered by any of `ranges` (sorted, non-overlapping or not). */
export function subtractRanges(range: Range, ranges: readonly Range[]): Range[] {
  let pieces: Range[] = [range];
  for (const [cutStart, cutEnd] of ranges) {
    const next: Range[] = [];
    for (const [start, end] of pieces) {
      if (cutEnd <= start || cutStart >= end) next.push([start, end]);
      else {
        if (cutStart > start) next.push([start, cutStart]);
        if (cutEnd < end) next.push([cutEnd, end]);
      }
    }
    pieces = next;
  }
  return pieces.filter(([start, end]) => end - start > 1e-6);
}

/** Seconds of `range` that `ranges` cover. */
export function overlapSeconds(range: Range, ranges: readonly Range[]): number {
  return range[1] - range[0] - coveredSeconds(subtractRanges(range, ranges));
}

/** Adds every range of `added` to `ranges` (merged, sorted), exactly: no tolerance. */
export function mergeRanges(ranges: readonly Range[], added: readonly Range[]): Range[] {
  return added.reduce<Range[]>((all, range) => addRange(all, range, 0), [...ranges]);
}

/** The span from the first start to the last end, or null for no ranges. */
export function spanOf(ranges: readonly Range[]): Range | null {
  if (ranges.length === 0) return null;
  return [Math.min(...ranges.map((range) => range[0])), Math.max(...ranges.map((range) => range[1]))];
}

/** A segment as the student reads it: `12:00-18:00`. */
export function formatSegment([start, end]: Range): string {
  return `${formatVideoTime(start)}-${formatVideoTime(end)}`;
}
