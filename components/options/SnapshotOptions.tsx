import { useSetting } from '@/utils/hooks/use-setting';
import { deleteEverySnapshot, useSnapshotUsage } from '@/utils/hooks/use-snapshots';
import { describeShortcut } from '@/utils/overlay/shortcut';
import { snapshotShortcutSetting } from '@/utils/settings/items';
import { DEFAULT_SNAPSHOT_SHORTCUT } from '@/utils/settings/native-keys';
import { Loaded } from '../shared/Loaded';
import { useConfirmedStep } from './hooks/use-confirmed-step';
import { StepStatus } from './StepStatus';
import { snapshotUsageText } from './snapshot-usage-text';

/** Snapshots: the space they take on this device, and deleting them all (the notes stay). */
export function SnapshotOptions() {
  const usage = useSnapshotUsage();
  const [shortcut] = useSetting(snapshotShortcutSetting);
  const { step, error, ask, cancel, run: deleteAll } = useConfirmedStep(deleteEverySnapshot);
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
              {step === 'confirm' || step === 'running' ? null : (
                <p>
                  <button type="button" class="danger" onClick={ask}>
                    Delete all snapshots…
                  </button>
                </p>
              )}
            </>
          )
        }
      </Loaded>
      {step === 'confirm' || step === 'running' ? (
        <fieldset class="confirm-box">
          <legend>Delete all snapshots?</legend>
          <p>
            Every note’s picture is deleted from this device and, when sync is on, from your other devices too
            (otherwise the next sync would bring them back); <strong>your notes stay</strong>, with their text, times
            and captions. This cannot be undone.
          </p>
          <p class="actions">
            <button type="button" class="danger" disabled={step === 'running'} onClick={() => void deleteAll()}>
              Delete all snapshots
            </button>
            <button type="button" disabled={step === 'running'} onClick={cancel}>
              Cancel
            </button>
          </p>
        </fieldset>
      ) : null}
      <StepStatus
        step={step}
        error={error}
        running="Deleting snapshots…"
        done="All snapshots were deleted. Your notes are kept."
        failed="delete the snapshots"
      />
    </section>
  );
}
