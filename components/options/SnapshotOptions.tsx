import { useState } from 'preact/hooks';
import { useSetting } from '@/utils/hooks/use-setting';
import { deleteEverySnapshot, useSnapshotUsage } from '@/utils/hooks/use-snapshots';
import { describeShortcut } from '@/utils/overlay/shortcut';
import { snapshotShortcutSetting } from '@/utils/settings/items';
import { DEFAULT_SNAPSHOT_SHORTCUT } from '@/utils/settings/native-keys';
import { CouldNot } from '../shared/CouldNot';
import { Loaded } from '../shared/Loaded';
import { snapshotUsageText } from './snapshot-usage-text';

type Step = 'idle' | 'confirm' | 'deleting' | 'done' | 'failed';

/** Snapshots: the space they take on this device, and deleting them all (the notes stay). */
export function SnapshotOptions() {
  const usage = useSnapshotUsage();
  const [shortcut] = useSetting(snapshotShortcutSetting);
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<unknown>(null);
  const deleteAll = async () => {
    setStep('deleting');
    try {
      await deleteEverySnapshot();
      setStep('done');
    } catch (failure) {
      setError(failure);
      setStep('failed');
    }
  };
  return (
    <section class="options-section" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">Snapshots</h2>
      <Loaded value={usage.value} error={usage.error} failed="read your snapshots" loading="Counting snapshots…">
        {(usage) =>
          usage.count === 0 ? (
            <p class="empty-state">
              No snapshots yet — {describeShortcut(shortcut ?? DEFAULT_SNAPSHOT_SHORTCUT)} takes one (a note with the
              video’s frame at that moment).
            </p>
          ) : (
            <>
              <p>{snapshotUsageText(usage)}.</p>
              {step === 'confirm' || step === 'deleting' ? null : (
                <p>
                  <button type="button" class="danger" onClick={() => setStep('confirm')}>
                    Delete all snapshots…
                  </button>
                </p>
              )}
            </>
          )
        }
      </Loaded>
      {step === 'confirm' || step === 'deleting' ? (
        <fieldset class="confirm-box">
          <legend>Delete all snapshots?</legend>
          <p>
            Every note’s picture is deleted from this device; <strong>your notes stay</strong>, with their text, times
            and captions. This cannot be undone.
          </p>
          <p class="actions">
            <button type="button" class="danger" disabled={step === 'deleting'} onClick={() => void deleteAll()}>
              Delete all snapshots
            </button>
            <button type="button" disabled={step === 'deleting'} onClick={() => setStep('idle')}>
              Cancel
            </button>
          </p>
        </fieldset>
      ) : null}
      <div aria-live="polite">
        {step === 'deleting' ? <p aria-busy="true">Deleting snapshots…</p> : null}
        {step === 'done' ? <p class="status-ok">All snapshots were deleted. Your notes are kept.</p> : null}
      </div>
      {step === 'failed' ? <CouldNot what="delete the snapshots" error={error} /> : null}
    </section>
  );
}
