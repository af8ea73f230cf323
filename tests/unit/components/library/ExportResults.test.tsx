/** "Export these results": the search view exports exactly the notes it shows, in every format. */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SearchView } from '@/components/library/SearchView';
import { parseBackup } from '@/utils/backup/apply';
import { db } from '@/utils/db/database';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote } from '@/utils/db/notes';
import { captureDownloads } from './downloads';
import { seedSearchLibrary, typeSearch } from './search-library';

/** The search tests' library, and an unrelated lecture with a recall. */
async function seed() {
  await seedSearchLibrary();
  await recordLectureSighting(
    { key: 'c', platform: 'generic', title: 'Unrelated', site: 'c.edu', url: 'https://c.edu/', duration: 600 },
    3,
  );
  await addNote({ lectureKey: 'c', time: 9, kind: 'recall', text: 'Nothing about it', segment: [0, 9] }, 40);
}

async function exportAs(format: string) {
  const form = screen.getByRole('region', { name: 'Export these results' });
  fireEvent.change(within(form).getByRole('combobox', { name: 'Format' }), { target: { value: format } });
  fireEvent.click(within(form).getByRole('button', { name: 'Export these results' }));
  await within(form).findByText(/Saved/);
}

/** The seeded library's search view at `param`, once it shows `shown`; resolves with the files it downloads. */
async function openSearch(param: string, shown: string) {
  await seed();
  const files = captureDownloads();
  render(<SearchView param={param} />);
  await screen.findByText(shown);
  return files;
}

describe('SearchView: export these results', () => {
  it('offers nothing to export when nothing matches', async () => {
    await seed();
    render(<SearchView param="zzzz" />);
    await screen.findByText(/No notes match/);
    expect(screen.queryByRole('button', { name: 'Export these results' })).not.toBeInTheDocument();
  });

  it('exports exactly the matching notes as Markdown, named after the search', async () => {
    const files = await openSearch('', '4 notes, newest first');
    typeSearch('entropy');
    await screen.findByText('2 results');
    await exportAs('markdown');
    expect(files[0]?.name).toMatch(/^lectern-search-entropy-\d{4}-\d{2}-\d{2}\.md$/);
    const text = (await files[0]?.blob.text()) ?? '';
    expect(text).toContain('## Cells');
    expect(text).toContain('## Heat');
    expect(text).toContain('Why does entropy grow?');
    expect(text).toContain('Entropy and heat engines');
    expect(text).not.toContain('Carnot');
    expect(text).not.toContain('Unrelated');
  });

  it('follows the filters too: CSV of the question only', async () => {
    const files = await openSearch('entropy', '2 results');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'question' } });
    await screen.findByText('1 result');
    await exportAs('csv');
    const rows = (await files[0]?.blob.text())?.split('\r\n').filter(Boolean) ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Why does entropy grow?');
  });

  it('exports Anki cards of the matching questions and recalls', async () => {
    const files = await openSearch('', '4 notes, newest first');
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'c.edu' } });
    await screen.findByText('1 note, newest first');
    await exportAs('anki');
    expect(files[0]?.name).toMatch(/^lectern-selected-notes-/);
    const cards = (await files[0]?.blob.text())?.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(cards).toHaveLength(1);
    expect(cards?.[0]).toContain('Nothing about it');
  });

  it('exports an importable JSON file of the results and their lectures (no settings)', async () => {
    const files = await openSearch('entropy', '2 results');
    await exportAs('json');
    const parsed = parseBackup((await files[0]?.blob.text()) ?? '');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.notes.map((note) => note.text).sort()).toEqual([
      'Entropy and heat engines',
      'Why does entropy grow? #exam',
    ]);
    expect(parsed.backup.lectures.map((lecture) => lecture.key).sort()).toEqual(['a', 'b']);
    expect(parsed.backup.settings).toBeUndefined();
  });

  it('exports every match, not only the first hundred on screen', async () => {
    await seed();
    await db.notes.bulkAdd(
      Array.from({ length: 120 }, (_, i) => ({
        id: `many-${i}`,
        lectureKey: 'a',
        time: i,
        kind: 'note' as const,
        text: `osmosis ${i}`,
        tags: [],
        createdAt: 50 + i,
        updatedAt: 50 + i,
      })),
    );
    const files = captureDownloads();
    render(<SearchView param="osmosis" />);
    await screen.findByText('120 results (showing the first 100)');
    expect(within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('listitem')).toHaveLength(100);
    await exportAs('csv');
    expect((await files[0]?.blob.text())?.split('\r\n').filter(Boolean)).toHaveLength(121);
  }, 15_000);
});
