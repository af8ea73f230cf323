/** Importing a backup with snapshots: the summary counts them and says which were skipped, then the import. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ImportPanel } from '@/components/library/ImportPanel';
import { db } from '@/utils/db/database';
import { snapshotRecord } from '@/utils/export/json';
import { backupWithSnapshots, seededSnapshot } from '../../utils/backup/sample-snapshots';

function chooseBackup(text: string) {
  const input = screen.getByLabelText('Backup file');
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json')], configurable: true });
  fireEvent.change(input);
}

const webp = seededSnapshot('n1', 1);
const jpeg = seededSnapshot('n4', 2, { mime: 'image/jpeg' });
const rowText = (name: string) =>
  screen.getAllByRole('row').find((row) => row.textContent?.startsWith(name))?.textContent ?? null;

describe('ImportPanel: snapshots', () => {
  it('counts the snapshots, says how many could not be read, and imports the rest', async () => {
    render(<ImportPanel />);
    const corrupt = { ...snapshotRecord(seededSnapshot('n2', 3)), base64: '%%%' };
    const png = { ...snapshotRecord(seededSnapshot('n3', 4)), base64: 'iVBORw0KGgo=' };
    chooseBackup(backupWithSnapshots([snapshotRecord(webp), corrupt, snapshotRecord(jpeg), png]));

    await screen.findByRole('table', { name: 'What this import will do' });
    expect(rowText('Snapshots')).toBe('Snapshots200');
    expect(screen.getByText('2 snapshots could not be read and were skipped. Everything else imports.')).toBeVisible();
    expect(await db.snapshots.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const done = await screen.findByText(/Imported backup\.json/);
    expect(done).toHaveTextContent(
      'Imported backup.json: 8 records added or updated, and 2 snapshots. 2 snapshots could not be read and were skipped.',
    );
    expect(await db.snapshots.toArray()).toEqual([webp, jpeg]);
  });

  it('shows no snapshot row or warning for a backup without snapshots', async () => {
    render(<ImportPanel />);
    chooseBackup(backupWithSnapshots([]));
    await screen.findByRole('table', { name: 'What this import will do' });
    expect(rowText('Notes')).toBe('Notes500');
    expect(rowText('Snapshots')).toBeNull();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });
});
