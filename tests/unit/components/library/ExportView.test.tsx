import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ExportView } from '@/components/library/ExportView';
import { db } from '@/utils/db/database';
import { readLibrary } from '@/utils/db/library';
import { sampleLibrary } from '../../utils/export/sample-library';
import { captureDownloads } from './downloads';

async function seed() {
  await db.lectures.bulkAdd(sampleLibrary.lectures);
  await db.notes.bulkAdd(sampleLibrary.notes);
  await db.sessions.bulkAdd(sampleLibrary.sessions);
}

function chooseFile(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ExportView: export', () => {
  it('exports the whole library as Markdown to a dated file, and says so', async () => {
    await seed();
    const files = captureDownloads();
    render(<ExportView param="" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
    await screen.findByText(/Saved/);
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^lectern-library-\d{4}-\d{2}-\d{2}\.md$/);
    const text = await files[0]?.blob.text();
    expect(text).toContain('## Cells \\& energy — \\*Biology\\* 101');
    expect(text).toContain('[1:02:05](https://lms.example.edu/course/thermo%20%282%29#t=3725)');
    expect(screen.getByText(/5 notes from/)).toBeVisible();
  });

  it('exports one lecture as CSV under its title when the view opens on it', async () => {
    await seed();
    const files = captureDownloads();
    render(<ExportView param="youtube:abc123" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'CSV (spreadsheets)' }));
    expect(screen.getByRole('combobox', { name: 'Lecture' })).toHaveValue('youtube:abc123');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/Saved/);
    expect(files[0]?.name).toMatch(/^lectern-cells-energy-biology-101-.*\.csv$/);
    expect((await files[0]?.blob.text())?.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('exports a filtered set: only questions', async () => {
    await seed();
    const files = captureDownloads();
    render(<ExportView param="" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Anki cards (questions and recalls)' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Notes matching a filter' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Questions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/Saved/);
    const rows = (await files[0]?.blob.text())?.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rows?.map((row) => row.split('\t')[0])).toEqual(['n2', 'n4']);
  });
});

describe('ExportView: by course', () => {
  it('exports the notes of one course', async () => {
    await seed();
    await db.lectures.update('url:https://lms.example.edu/course/thermo', {
      course: { id: 'moodle:lms.example.edu/7', title: 'Thermodynamics 201' },
    });
    const files = captureDownloads();
    render(<ExportView param="" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'CSV (spreadsheets)' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Notes matching a filter' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Course' }), {
      target: { value: 'moodle:lms.example.edu/7' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/Saved/);
    const rows = (await files[0]?.blob.text())?.split('\r\n').filter(Boolean) ?? [];
    expect(rows.slice(1).every((row) => row.startsWith('"Thermodynamics, lecture 2"'))).toBe(true);
    expect(rows).toHaveLength(3);
  });
});

describe('ExportView: import', () => {
  const backupFile = async () => {
    await seed();
    const files = captureDownloads();
    const view = render(<ExportView param="" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'JSON backup (importable)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/Saved/);
    view.unmount();
    return new File([(await files[0]?.blob.text()) ?? ''], files[0]?.name ?? 'backup.json', {
      type: 'application/json',
    });
  };

  it('shows a summary first, writes nothing until Import, then restores the library', async () => {
    const file = await backupFile();
    const before = await readLibrary();
    await db.notes.clear();
    await db.lectures.delete('youtube:abc123');
    render(<ExportView param="" />);
    chooseFile(await screen.findByLabelText('Backup file'), file);
    const table = await screen.findByRole('table', { name: 'What this import will do' });
    expect(table).toHaveTextContent('Lectures1');
    expect(table).toHaveTextContent('Notes500');
    expect(await db.notes.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/6 records added or updated/);
    const after = await readLibrary();
    expect(new Set(after.notes.map((n) => n.id))).toEqual(new Set(before.notes.map((n) => n.id)));
    expect(after.lectures).toHaveLength(2);
  });

  it('explains a bad file and changes nothing', async () => {
    await seed();
    const before = await readLibrary();
    render(<ExportView param="" />);
    chooseFile(await screen.findByLabelText('Backup file'), new File(['{"format":"lectern-backup","vers'], 'cut.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/cut.json: .*truncated/);
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(await readLibrary()).toEqual(before);
  });

  it('can cancel after the summary without writing', async () => {
    const file = await backupFile();
    await db.notes.clear();
    render(<ExportView param="" />);
    chooseFile(await screen.findByLabelText('Backup file'), file);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
    expect(await db.notes.count()).toBe(0);
  });

  it('tells the student when the disk is full, and changes nothing', async () => {
    const file = await backupFile();
    await db.notes.clear();
    const before = await readLibrary();
    vi.spyOn(db.notes, 'bulkPut').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    render(<ExportView param="" />);
    chooseFile(await screen.findByLabelText('Backup file'), file);
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/not enough free disk space.*Nothing was imported and nothing changed/);
    expect(await readLibrary()).toEqual(before);
  });
});
