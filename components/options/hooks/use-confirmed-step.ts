import { useState } from 'preact/hooks';

/** Where a destructive action the student must confirm stands. */
export type ConfirmedStep = 'idle' | 'confirm' | 'running' | 'done' | 'failed';

/**
 * A destructive action behind a confirmation (delete all data, delete all snapshots): asked, then
 * confirmed or cancelled, then running, then done or failed (with the error to show; it can be asked again).
 */
export function useConfirmedStep(action: () => Promise<unknown>) {
  const [step, setStep] = useState<ConfirmedStep>('idle');
  const [error, setError] = useState<unknown>(null);
  return {
    step,
    error,
    ask: () => setStep('confirm'),
    cancel: () => setStep('idle'),
    async run() {
      setStep('running');
      try {
        await action();
        setStep('done');
      } catch (failure) {
        setError(failure);
        setStep('failed');
      }
    },
  };
}
