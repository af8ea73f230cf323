import { describe, expect, it } from 'vitest';
import { formatCountdown, formatFocusTotal, speakCountdown } from '@/utils/timer/format';

describe('timer formats', () => {
  it.each([
    [25 * 60_000, '25:00'],
    [24 * 60_000 + 59_001, '25:00'],
    [61_000, '01:01'],
    [500, '00:01'],
    [0, '00:00'],
    [-5, '00:00'],
    [3_600_000 + 5_000, '1:00:05'],
  ])('counts %i ms down as %s', (ms, text) => expect(formatCountdown(ms)).toBe(text));

  it.each([
    [25 * 60_000, '25 minutes'],
    [61_000, '1 minute 1 second'],
    [0, '0 seconds'],
  ])('says %i ms as %s', (ms, text) => expect(speakCountdown(ms)).toBe(text));

  it.each([
    [0, '0 min'],
    [59_999, '0 min'],
    [25 * 60_000, '25 min'],
    [60 * 60_000, '1 h'],
    [95 * 60_000, '1 h 35 min'],
  ])('totals %i ms as %s', (ms, text) => expect(formatFocusTotal(ms)).toBe(text));
});
