/** Figures the benches print: the median (the middle value, or the mean of the two middle ones), min and max. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** "412 ms (median of 10; min 380, max 530)". */
export function describeTimes(values: readonly number[]): string {
  if (values.length === 0) return 'no runs';
  const round = (value: number) => value.toFixed(0);
  return `${round(median(values))} ms (median of ${values.length}; min ${round(Math.min(...values))}, max ${round(Math.max(...values))})`;
}
