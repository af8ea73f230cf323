import { CouldNot } from '../shared/CouldNot';
import type { ConfirmedStep } from './hooks/use-confirmed-step';

interface Props {
  step: ConfirmedStep;
  error: unknown;
  /** While it runs: "Deleting…". */
  running: string;
  /** Once done: "All your Lectern data was deleted.". */
  done: string;
  /** What Lectern could not do if it failed: "delete everything". */
  failed: string;
}

/** A confirmed action's progress and outcome, announced (useConfirmedStep). */
export function StepStatus({ step, error, running, done, failed }: Props) {
  return (
    <>
      <div aria-live="polite">
        {step === 'running' ? <p aria-busy="true">{running}</p> : null}
        {step === 'done' ? <p class="status-ok">{done}</p> : null}
      </div>
      {step === 'failed' ? <CouldNot what={failed} error={error} /> : null}
    </>
  );
}
