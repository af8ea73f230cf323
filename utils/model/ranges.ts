import type { Range } from '../db/database';

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

/** Seconds covered by a list of ranges. */
export function coveredSeconds(ranges: readonly Range[]): number {
  return ranges.reduce((sum, [start, end]) => sum + Math.max(0, end - start), 0);
}
