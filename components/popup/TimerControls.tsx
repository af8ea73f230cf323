import { useEffect, useRef } from 'preact/hooks';
import type { SessionPhase } from '@/utils/model/sessions';
import type { TimerCommand } from '@/utils/protocol/timer';
import type { TimerStatus } from '@/utils/timer/machine';

interface TimerControlsProps {
  status: TimerStatus;
  phase: SessionPhase;
  onCommand: (command: TimerCommand) => void;
}

/**
 * Start focus while idle; Pause or Resume, Skip and Stop while a phase runs. The main action takes
 * the focus when the popup opens (a popup is opened to do exactly that), so Enter does it at once.
 */
export function TimerControls({ status, phase, onCommand }: TimerControlsProps) {
  const mainButton = useRef<HTMLButtonElement>(null);
  useEffect(() => mainButton.current?.focus(), []);
  const running = status === 'running';
  const main: [TimerCommand, string] =
    status === 'idle'
      ? ['timer/start', 'Start focus']
      : running
        ? ['timer/pause', 'Pause']
        : ['timer/resume', 'Resume'];
  return (
    <div class="timer-controls">
      <button type="button" class="primary" ref={mainButton} onClick={() => onCommand(main[0])}>
        {main[1]}
      </button>
      {status === 'idle' ? null : (
        <>
          <button type="button" onClick={() => onCommand('timer/skip')}>
            {phase === 'focus' ? 'Skip to break' : 'Skip to focus'}
          </button>
          <button type="button" onClick={() => onCommand('timer/stop')}>
            Stop
          </button>
        </>
      )}
    </div>
  );
}
