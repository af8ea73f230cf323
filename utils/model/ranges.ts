/**
 * Ranges of video time, [start, end) in seconds: what was watched, what a review prompt covered,
 * a recall's segment. All the arithmetic on them; pure, and free of valibot at run time, so the
 * pages that only compute with ranges do not load it (utils/model/README.md).
 */
import type * as v from 'valibot';
import type { RangeSchema } from './fields';

/** Seconds of video time: [start, end). The rule that checks one: `RangeSchema` (./fields.ts). */
export type Range = v.InferOutput<typeof RangeSchema>;

/** Adds a range to a sorted, non-overlapping list, merging what touches or overlaps. */
export function addRange(ranges: readonly Range[], added: Range, tolerance = 1): Range[] {
  const [start, end] = added[0] <= added[1] ? added : [added[1], added[0]];
  const result: Range[] = [];
  let merged: Range = [start, end];
  let placed = false;
  for (const range of ranges) {
    if (range[1] + tolerance < merged[0]) result.push(range);
    else if (range[0] - tolerance > merged[1]) {
      if (!placed) result.push(merged);
      placed = true;
      result.push(range);
    } else merged = [Math.min(range[0], merged[0]), Math.max(range[1], merged[1])];
  }
  if (!placed) result.push(merged);
  return result;
}

/** Adds every range of `added` to `ranges` (merged, sorted), exactly: no tolerance. */
export function mergeRanges(ranges: readonly Range[], added: readonly Range[]): Range[] {
  return added.reduce<Range[]>((all, range) => addRange(all, range, 0), [...ranges]);
}

/** Seconds covered by a list of ranges. */
export function coveredSeconds(ranges: readonly Range[]): number {
  return ranges.reduce((sum, [start, end]) => sum + Math.max(0, end - start), 0);
}

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

/** The span from the first start to the last end, or null for no ranges. */
export function spanOf(ranges: readonly Range[]): Range | null {
  if (ranges.length === 0) return null;
  return [Math.min(...ranges.map((range) => range[0])), Math.max(...ranges.map((range) => range[1]))];
}
