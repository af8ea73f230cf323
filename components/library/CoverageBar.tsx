import type { Range } from '@/utils/model/ranges';
import { coveredSeconds } from '@/utils/model/ranges';
import { formatVideoTime } from '@/utils/model/video-time';

interface Props {
  watched: Range[];
  duration: number | null;
}

/** How much of a lecture has been watched, and where: the watched ranges drawn on a bar. */
export function CoverageBar({ watched, duration }: Props) {
  if (!duration) return <span class="muted">length unknown</span>;
  const percent = Math.round(Math.min(1, coveredSeconds(watched) / duration) * 100);
  const clamp = (seconds: number) => (Math.min(Math.max(seconds, 0), duration) / duration) * 1000;
  return (
    <span class="coverage">
      <svg class="coverage-bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">
        <rect class="coverage-track" x="0" y="0" width="1000" height="10" />
        {watched.map(([start, end]) => (
          <rect
            key={`${start}-${end}`}
            class="coverage-range"
            x={clamp(start)}
            y="0"
            width={clamp(end) - clamp(start)}
            height="10"
          />
        ))}
      </svg>
      <span class="coverage-text muted">
        {percent}% watched of {formatVideoTime(duration)}
      </span>
    </span>
  );
}
