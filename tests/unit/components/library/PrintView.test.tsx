import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PrintView } from '@/components/library/PrintView';
import { db } from '@/utils/db/database';
import { hostileLibrary, sampleLibrary } from '../../utils/export/sample-library';

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
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
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
