/** The export UI when notes have snapshots: a .zip, and a message that says so. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExportStatus } from '@/components/library/ExportStatus';
import { ExportView } from '@/components/library/ExportView';
import { SearchView } from '@/components/library/SearchView';
import { db } from '@/utils/db/database';
import { sampleLibrary } from '../../utils/export/sample-library';
import { sampleSnapshot, WEBP_1X1 } from '../../utils/export/sample-snapshots';
import { captureDownloads } from './downloads';
import { seedSearchLibrary } from './search-library';

async function seed(...withSnapshot: string[]) {
  await db.lectures.bulkAdd(sampleLibrary.lectures);
  await db.notes.bulkAdd(sampleLibrary.notes);
  await db.snapshots.bulkAdd(withSnapshot.map((id) => sampleSnapshot(id)));
}

async function exportMarkdown() {
  const files = captureDownloads();
  render(<ExportView param="" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
  await screen.findByText(/Saved/);
  return files;
}

describe('ExportView: Markdown with snapshots', () => {
  it('saves a .zip with the images and says what it made', async () => {
    await seed('n1', 'n5');
    const files = await exportMarkdown();
    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^lectern-library-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(screen.getByText(/Saved/).textContent).toMatch(
      /^Saved lectern-library-\d{4}-\d{2}-\d{2}\.zip \(\.zip, 2 images\): 5 notes from 2 lectures\.$/,
    );
    const entries = unzipSync(new Uint8Array(await (files[0] as { blob: Blob }).blob.arrayBuffer()));
    expect(entries['images/cells-energy-biology-101-0-42.webp']).toEqual(WEBP_1X1);
  });

  it('says "1 image" for one', async () => {
    await seed('n1');
    await exportMarkdown();
    expect(screen.getByText(/Saved/)).toHaveTextContent(/\.zip \(\.zip, 1 image\): 5 notes from 2 lectures\.$/);
  });

  it('saves the plain .md, and says nothing of images, when no note has a snapshot', async () => {
    await seed();
    const files = await exportMarkdown();
    expect(files[0]?.name).toMatch(/\.md$/);
    expect(screen.getByText(/Saved/)).toHaveTextContent(
      /^Saved lectern-library-[\d-]+\.md: 5 notes from 2 lectures\.$/,
    );
  });
});

describe('SearchView: export these results with snapshots', () => {
  it("zips only the results' images, and says so", async () => {
    await seedSearchLibrary();
    const notes = await db.notes.toArray();
    const idOf = (text: string) => notes.find((note) => note.text === text)?.id ?? '';
    await db.snapshots.bulkAdd([
      sampleSnapshot(idOf('Entropy and heat engines')),
      sampleSnapshot(idOf('Carnot cycle')),
    ]);
    const files = captureDownloads();
    render(<SearchView param="entropy" />);
    await screen.findByText('2 results');
    fireEvent.click(screen.getByRole('button', { name: 'Export these results' }));
    await screen.findByText(/Saved/);
    expect(screen.getByText(/Saved/)).toHaveTextContent(
      /^Saved lectern-search-entropy-[\d-]+\.zip \(\.zip, 1 image\): 2 notes from 2 lectures\.$/,
    );
    const entries = unzipSync(new Uint8Array(await (files[0] as { blob: Blob }).blob.arrayBuffer()));
    expect(Object.keys(entries).filter((name) => name.startsWith('images/'))).toEqual(['images/heat-0-05.webp']);
  });
});

describe('ExportStatus', () => {
  it('shows the images being packed', () => {
    render(<ExportStatus state={{ status: 'running', progress: { done: 3, total: 7, unit: 'images' } }} />);
    const bar = screen.getByRole('progressbar', { name: /Packing the images in a \.zip/ });
    expect(bar).toHaveAttribute('aria-valuetext', '3 of 7 images');
    expect(screen.getByText('3 of 7 images')).toBeVisible();
  });

  it('says in one sentence why an export failed', () => {
    const error = 'the .zip could not be made (out of memory). Nothing was changed; try again.';
    render(<ExportStatus state={{ status: 'failed', error }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Lectern could not export: the .zip could not be made (out of memory). Nothing was changed; try again.',
    );
  });
});
