import { type ImportSummary, type MergeCounts, skippedSnapshotsText } from '@/utils/backup/apply';

type Row = 'lectures' | 'notes' | 'sessions' | 'snapshots';

const ROWS: { key: Row; label: string }[] = [
  { key: 'lectures', label: 'Lectures' },
  { key: 'notes', label: 'Notes' },
  { key: 'sessions', label: 'Focus sessions' },
  { key: 'snapshots', label: 'Snapshots' },
];

const isEmpty = (counts: MergeCounts) => counts.new + counts.updated + counts.unchanged === 0;

/** What an import would do: new, updated and unchanged records per table, settings, and snapshots it skips. */
export function ImportSummaryTable({ summary }: { summary: ImportSummary }) {
  const cell = (counts: MergeCounts, key: keyof MergeCounts) => <td>{counts[key]}</td>;
  // Snapshots have a row only in a backup that has some (older backups have none).
  const rows = ROWS.filter(({ key }) => key !== 'snapshots' || !isEmpty(summary.snapshots));
  const skipped = skippedSnapshotsText(summary.skippedSnapshots);
  return (
    <>
      <table class="import-summary">
        <caption>What this import will do</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">New</th>
            <th scope="col">Updated (newer in the file)</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {cell(summary[key], 'new')}
              {cell(summary[key], 'updated')}
              {cell(summary[key], 'unchanged')}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {summary.settings.length === 0
          ? 'Your settings stay as they are.'
          : `Settings replaced by the backup's: ${summary.settings.join(', ')}.`}{' '}
        Where a record is newer in your library than in the file, yours is kept.
      </p>
      {skipped ? <p>{skipped} Everything else imports.</p> : null}
    </>
  );
}
