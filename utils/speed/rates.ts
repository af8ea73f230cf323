/**
 * The speeds Lectern sets: steps of 0.25 from 0.25× to 4× (what every browser plays with sound),
 * and how a speed reads ("1.25×"). Pure; imports nothing.
 */
export const SPEED_STEP = 0.25;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;
export const NORMAL_SPEED = 1;

export type SpeedCommand = 'slower' | 'faster' | 'reset';

/** Whether `rate` is a speed worth remembering: finite, within 0.0625× to 16× (what browsers accept). */
export function isPlayableRate(rate: number): boolean {
  return Number.isFinite(rate) && rate >= 0.0625 && rate <= 16;
}

/** Two rates are the same speed (players round: 1.2500001 is 1.25). */
export function sameRate(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.001;
}

/**
 * The speed a shortcut asks for from `rate`: one step slower or faster, landing on the grid of
 * 0.25 steps first (1.1× slower is 1×, faster 1.25×), clamped to 0.25×-4×; reset is 1×.
 */
export function nextRate(rate: number, command: SpeedCommand): number {
  if (command === 'reset') return NORMAL_SPEED;
  const steps = rate / SPEED_STEP;
  const onGrid = Math.abs(steps - Math.round(steps)) < 0.001;
  const next =
    command === 'faster'
      ? (onGrid ? Math.round(steps) + 1 : Math.ceil(steps)) * SPEED_STEP
      : (onGrid ? Math.round(steps) - 1 : Math.floor(steps)) * SPEED_STEP;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, next));
}

/** "1.25×", "2×": at most two decimals. */
export function describeRate(rate: number): string {
  return `${Number(rate.toFixed(2))}×`;
}
