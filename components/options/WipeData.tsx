import { useState } from 'preact/hooks';
import { useExport } from '@/utils/hooks/use-export';
import { sendMessage } from '@/utils/protocol/send';
import { CouldNot } from '../shared/CouldNot';

const CONFIRM_WORD = 'DELETE';

type Step = 'idle' | 'confirm' | 'wiping' | 'done' | 'failed';

/** "Delete all my Lectern data": a strong confirmation that offers a backup first. */
export function WipeData() {
  const [step, setStep] = useState<Step>('idle');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const backup = useExport();
  const wipe = async () => {
    setStep('wiping');
    try {
      await sendMessage('library/wipe', {});
      setStep('done');
    } catch (failure) {
      setError(failure);
      setStep('failed');
    }
  };
  return (
    <section class="options-section danger-zone" aria-labelledby="wipe-title">
      <h2 id="wipe-title">Delete all my Lectern data</h2>
      {step === 'idle' || step === 'done' ? (
        <>
          <p>Removes every lecture, note, recall and focus session, and every setting, from this browser.</p>
          <p>
            <button type="button" class="danger" onClick={() => setStep('confirm')}>
              Delete all my Lectern data…
            </button>
          </p>
        </>
      ) : null}
      {step === 'confirm' || step === 'wiping' || step === 'failed' ? (
        <fieldset class="confirm-box">
          <legend>Delete everything?</legend>
          <p>
            <strong>This cannot be undone.</strong> Everything Lectern keeps in this browser will be deleted. Export a
            backup first: you can import it later to get everything back.
          </p>
          <p class="actions">
            <button
              type="button"
              disabled={backup.state.status === 'running'}
              onClick={() => void backup.start('json', { kind: 'all' })}
            >
              Export a backup first
            </button>
            <span aria-live="polite">
              {backup.state.status === 'done' ? `Saved ${backup.state.fileName}.` : ''}
              {backup.state.status === 'failed' ? `The backup failed: ${backup.state.error}` : ''}
            </span>
          </p>
          <p>
            <label>
              Type {CONFIRM_WORD} to confirm{' '}
              <input
                type="text"
                value={typed}
                autoComplete="off"
                onInput={(event) => setTyped(event.currentTarget.value)}
              />
            </label>
          </p>
          <p class="actions">
            <button
              type="button"
              class="danger"
              disabled={typed.trim() !== CONFIRM_WORD || step === 'wiping'}
              onClick={() => void wipe()}
            >
              Delete everything
            </button>
            <button
              type="button"
              onClick={() => {
                setTyped('');
                setStep('idle');
              }}
            >
              Cancel
            </button>
          </p>
        </fieldset>
      ) : null}
      <div aria-live="polite">
        {step === 'wiping' ? <p aria-busy="true">Deleting…</p> : null}
        {step === 'done' ? <p class="status-ok">All your Lectern data was deleted.</p> : null}
      </div>
      {step === 'failed' ? <CouldNot what="delete everything" error={error} /> : null}
    </section>
  );
}
