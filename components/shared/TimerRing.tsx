import type { SessionPhase } from '@/utils/model/sessions';
import { formatCountdown, speakCountdown } from '@/utils/timer/format';
import type { TimerStatus } from '@/utils/timer/machine';

export const PHASE_LABELS: Record<SessionPhase, string> = {
  focus: 'Focus',
  shortBreak: 'Short break',
  longBreak: 'Long break',
};

interface TimerRingProps {
  phase: SessionPhase;
  status: TimerStatus;
  remainingMs: number;
  plannedMs: number;
}

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The countdown: a ring that empties as the phase runs, the `mm:ss` left and the phase. */
export function TimerRing({ phase, status, remainingMs, plannedMs }: TimerRingProps) {
  const fraction = plannedMs > 0 ? Math.min(1, Math.max(0, remainingMs / plannedMs)) : 0;
  const label = status === 'idle' ? `Ready: ${PHASE_LABELS[phase]}` : PHASE_LABELS[phase];
  const state = status === 'paused' ? ', paused' : '';
  return (
    <>
      {/* Said once when the phase or its state changes, never every second. */}
      <p class="visually-hidden" aria-live="polite">
        {`${label}${state}`}
      </p>
      <div
        class={`timer-ring phase-${phase} status-${status}`}
        role="timer"
        aria-label={`${label}${state}: ${speakCountdown(remainingMs)} left`}
      >
        <svg viewBox="0 0 120 120" aria-hidden="true">
          <circle class="timer-ring-track" cx="60" cy="60" r={RADIUS} />
          <circle
            class="timer-ring-progress"
            cx="60"
            cy="60"
            r={RADIUS}
            stroke-dasharray={CIRCUMFERENCE}
            stroke-dashoffset={CIRCUMFERENCE * (1 - fraction)}
            transform="rotate(-90 60 60)"
          />
        </svg>
        <div class="timer-ring-text" aria-hidden="true">
          <span class="timer-remaining">{formatCountdown(remainingMs)}</span>
          <span class="timer-phase">
            {label}
            {status === 'paused' ? ' · paused' : ''}
          </span>
        </div>
      </div>
    </>
  );
}
