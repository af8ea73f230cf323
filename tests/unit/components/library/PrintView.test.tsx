import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PrintView } from '@/components/library/PrintView';
import { db } from '@/utils/db/database';
import { hostileLibrary, sampleLibrary } from '../../utils/export/sample-library';
import { addSnapshotNote, seeLecture } from '../snapshot-notes';

describe('PrintView', () => {
  it('lays out every lecture with its notes as text, times linking to the moment, and prints', async () => {
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    await db.notes.bulkAdd(sampleLibrary.notes);
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    render(<PrintView param="" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'My lecture notes' })).toBeVisible();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(sections).toEqual(['Cells & energy — *Biology* 101', 'Thermodynamics, lecture 2']);
    expect(screen.getByText(/release energy, <really>\?/)).toBeVisible();
    // The caption said before the question, quoted under it, as text.
    const quote = screen.getByText(/so the <b>energy<\/b> is released/).closest('blockquote');
    expect(quote).toHaveAttribute('dir', 'auto');
    expect(quote?.querySelector('b')).toBeNull();
    expect(screen.getByRole('link', { name: '1:05' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=abc123&t=65s',
    );
    await screen.findByText('Ready to print.');
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
  });

  it('prints each snapshot under its note, and prints only once every snapshot is decoded', async () => {
    await seeLecture('a');
    await addSnapshotNote('a', 'Slide 3: glycolysis', 10, { width: 1280, height: 720 });
    await addSnapshotNote('a', 'Plain note', 20, null);
    await addSnapshotNote('a', 'Slide 4', 30, { width: 800, height: 600 });
    // Each image's decode() settles when the test says so (happy-dom decodes nothing).
    const decoding: Array<{ image: HTMLImageElement; resolve(): void }> = [];
    vi.spyOn(HTMLImageElement.prototype, 'decode').mockImplementation(function (this: HTMLImageElement) {
      return new Promise<void>((resolve) => decoding.push({ image: this, resolve }));
    });
    const shown = () => decoding.filter(({ image }) => image.isConnected);
    const decoded = (alt: string) => {
      for (const { image, resolve } of shown()) if (image.alt === alt) resolve();
    };
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    render(<PrintView param="a" />);
    const image = await screen.findByRole('img', { name: 'Snapshot: Slide 3: glycolysis' });
    expect(image.closest('li')).toHaveTextContent('Slide 3: glycolysis');
    expect(image).toHaveAttribute('width', '1280');
    expect(image.getAttribute('src')).toMatch(/^blob:/);
    expect(screen.getAllByRole('img')).toHaveLength(2);
    await waitFor(() => expect(new Set(shown().map(({ image }) => image.alt)).size).toBe(2));
    expect(screen.getByText('Loading 2 snapshots…')).toBeVisible();
    decoded('Snapshot: Slide 3: glycolysis');
    await screen.findByText('Loading 1 snapshot…');
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(await screen.findByText('Printing once the snapshots are loaded…')).toBeVisible();
    expect(print).not.toHaveBeenCalled();
    decoded('Snapshot: Slide 4');
    await screen.findByText('Ready to print.');
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
  });

  it('prints one lecture when opened on it', async () => {
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    await db.notes.bulkAdd(sampleLibrary.notes);
    render(<PrintView param="youtube:abc123" />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cells & energy — *Biology* 101 — notes' }),
    ).toBeVisible();
    expect(screen.queryByText('Thermodynamics, lecture 2')).not.toBeInTheDocument();
  });

  it('links only to http(s) addresses: a javascript: lecture URL is shown as text, never a link', async () => {
    await db.lectures.bulkAdd(hostileLibrary.lectures);
    await db.notes.bulkAdd(hostileLibrary.notes);
    render(<PrintView param="" />);
    expect(await screen.findByText('0:30')).toBeVisible();
    expect(screen.queryAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#/export']);
    expect(screen.getByText(/javascript:alert\(1\)/)).toBeVisible();
  });
});
