import { useState } from 'preact/hooks';
import { resetAllSettings, type SettingName, writeSettings } from '@/utils/settings/registry';

type State = { step: 'idle' } | { step: 'confirm' } | { step: 'done'; previous: Record<SettingName, unknown> };

/** "Reset to defaults": every setting, after a confirmation, with an undo afterwards. */
export function ResetOptions() {
  const [state, setState] = useState<State>({ step: 'idle' });
  return (
    <section class="options-section" aria-labelledby="reset-options">
      <h2 id="reset-options">Reset</h2>
      {state.step === 'confirm' ? (
        <fieldset class="confirm-box">
          <legend>Reset every setting?</legend>
          <p>Put every setting on this page back to Lectern's default? Your notes and lectures are not touched.</p>
          <p class="actions">
            <button
              type="button"
              class="primary"
              onClick={async () => setState({ step: 'done', previous: await resetAllSettings() })}
            >
              Reset all settings
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </p>
        </fieldset>
      ) : (
        <p>
          <button type="button" onClick={() => setState({ step: 'confirm' })}>
            Reset to defaults…
          </button>
        </p>
      )}
      <div aria-live="polite">
        {state.step === 'done' ? (
          <p class="actions">
            Every setting is back to its default.{' '}
            <button
              type="button"
              onClick={async () => {
                await writeSettings(state.previous);
                setState({ step: 'idle' });
              }}
            >
              Undo
            </button>
          </p>
        ) : null}
      </div>
    </section>
  );
}
