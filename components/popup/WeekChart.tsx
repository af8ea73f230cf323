import { formatFocusTotal } from '@/utils/timer/format';
import type { DayTotal } from '@/utils/timer/stats';

// Intl, not date-fns' format, keeps the popup small (it is the one view that must open at once).
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const narrowDay = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' });
const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'short' });

const SCALE_FLOOR_MS = 30 * 60_000;
const WIDTH = 280;
const HEIGHT = 84;
const LABEL_HEIGHT = 16;

/** Focus per day over the last 7 days: an SVG bar chart, with its numbers as its accessible name. */
export function WeekChart({ days }: { days: DayTotal[] }) {
  // At least half an hour high, so a few minutes look like a few minutes.
  const most = Math.max(...days.map((day) => day.focusMs), SCALE_FLOOR_MS);
  const slot = WIDTH / days.length;
  const summary = days.map((day) => `${weekday.format(day.day)} ${formatFocusTotal(day.focusMs)}`).join(', ');
  return (
    <svg
      class="week-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Focus over the last 7 days: ${summary}`}
    >
      {days.map((day, index) => {
        const height = Math.round(((HEIGHT - LABEL_HEIGHT - 4) * day.focusMs) / most);
        const x = index * slot + slot * 0.2;
        const isToday = index === days.length - 1;
        return (
          <g key={day.day} class={isToday ? 'week-chart-today' : undefined}>
            <title>{`${longDay.format(day.day)}: ${formatFocusTotal(day.focusMs)}`}</title>
            <rect
              class="week-chart-bar"
              x={x}
              y={HEIGHT - LABEL_HEIGHT - Math.max(height, 1)}
              width={slot * 0.6}
              height={Math.max(height, 1)}
              rx="2"
            />
            <text class="week-chart-label" x={x + slot * 0.3} y={HEIGHT - 3} text-anchor="middle">
              {narrowDay.format(day.day)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
