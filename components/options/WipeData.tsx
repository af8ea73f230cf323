import { useState } from 'preact/hooks';
import { useExport } from '@/utils/hooks/use-export';
import { sendMessage } from '@/utils/protocol/send';

import { useConfirmedStep } from './hooks/use-confirmed-step';
import { StepStatus } from './StepStatus';

const CONFIRM_WORD = 'DELETE';

/** "Delete all my Lectern data": a strong confirmation that offers a backup first. */
export function WipeData() {
  const { step, error, ask, cancel, run: wipe } = useConfirmedStep(() => sendMessage('library/wipe', {}));
  const [typed, setTyped] = useState('');
  const backup = useExport();
  return (
    <section class="options-section danger-zone" aria-labelledby="wipe-title">
      <h2 id="wipe-title">Delete all my Lectern data</h2>
      {step === 'idle' || step === 'done' ? (
        <>
          <p>Removes every lecture, note, recall and focus session, and every setting, from this browser.</p>
          <p>
            <button type="button" class="danger" onClick={ask}>
              Delete all my Lectern data…
            </button>
          </p>
        </>
      ) : null}
      {step === 'confirm' || step === 'running' || step === 'failed' ? (
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
              disabled={typed.trim() !== CONFIRM_WORD || step === 'running'}
              onClick={() => void wipe()}
            >
              Delete everything
            </button>
            <button
              type="button"
              onClick={() => {
                setTyped('');
                cancel();
              }}
            >
              Cancel
            </button>
          </p>
        </fieldset>
      ) : null}
      <StepStatus
        step={step}
        error={error}
        running="Deleting…"
        done="All your Lectern data was deleted."
        failed="delete everything"
      />
    </section>
  );
}
