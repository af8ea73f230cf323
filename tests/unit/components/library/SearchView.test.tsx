import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SearchView } from '@/components/library/SearchView';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote } from '@/utils/db/notes';
import { seedSearchLibrary, typeSearch } from './search-library';

/** The question's text has HTML in it: the results must show it as text. */
const seed = () => seedSearchLibrary('Why does <b>entropy</b> grow? #exam');

describe('SearchView', () => {
  it('says there is nothing to search in an empty library', async () => {
    render(<SearchView param="" />);
    expect(await screen.findByText(/Nothing to search yet/)).toBeVisible();
  });

  it('finds notes as you type, marks the matches as text, and links to the moment and the lecture', async () => {
    await seed();
    render(<SearchView param="" />);
    await screen.findByText('3 notes, newest first');
    typeSearch('entr');
    await screen.findByText('2 results');
    const results = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('listitem');
    const first = results.find((row) => row.textContent?.includes('Why does')) as HTMLElement;
    expect([...first.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['entropy']);
    expect(first.querySelector('b')).toBeNull();
    expect(first).toHaveTextContent('<b>entropy</b>');
    expect(within(first).getByRole('button', { name: /^Open at 1:05/ })).toBeVisible();
    expect(within(first).getByRole('link', { name: 'Cells' })).toHaveAttribute('href', '#/lecture/a');
    expect(location.hash).toBe('#/search/entr');
    typeSearch('carnot');
    await screen.findByText('1 result');
    typeSearch('zzzz');
    await screen.findByText(/No notes match/);
  });

  it('finds a note by its caption and shows the caption quoted under it, the match marked', async () => {
    await seed();
    await addNote(
      { lectureKey: 'b', time: 40, kind: 'note', text: 'see board', caption: 'the <i>Clausius</i> inequality' },
      40,
    );
    render(<SearchView param="clausius" />);
    await screen.findByText('1 result');
    const quote = screen.getByRole('list', { name: 'Search results' }).querySelector('blockquote');
    expect(quote).toHaveTextContent('Caption before this note: the <i>Clausius</i> inequality');
    expect([...(quote?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent)).toEqual(['Clausius']);
    expect(quote?.querySelector('i')).toBeNull();
  });

  it('filters by kind, site and tag', async () => {
    await seed();
    render(<SearchView param="entropy" />);
    await screen.findByText('2 results');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'question' } });
    await screen.findByText('1 result');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByText('2 results');
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'www.youtube.com' } });
    await screen.findByText('1 result');
    expect(screen.getByRole('link', { name: 'Heat' })).toBeVisible();
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'exam' } });
    await screen.findByText('1 result');
    expect(screen.getByRole('link', { name: 'Cells' })).toBeVisible();
  });

  it('filters by course once a lecture has one, and offers no course filter before', async () => {
    await seed();
    const view = render(<SearchView param="entropy" />);
    await screen.findByText('2 results');
    expect(screen.queryByRole('combobox', { name: 'Course' })).not.toBeInTheDocument();
    view.unmount();
    await recordLectureSighting(
      {
        key: 'a',
        platform: 'generic',
        title: 'Cells',
        site: 'a.edu',
        url: 'https://a.edu/',
        duration: 600,
        course: { id: 'canvas:a.edu/1', title: 'Biology 101' },
      },
      3,
    );
    render(<SearchView param="entropy" />);
    await screen.findByText('2 results');
    fireEvent.change(screen.getByRole('combobox', { name: 'Course' }), { target: { value: 'canvas:a.edu/1' } });
    await screen.findByText('1 result');
    expect(screen.getByRole('link', { name: 'Cells' })).toBeVisible();
  });

  it('keeps up with notes added while it is open', async () => {
    await seed();
    render(<SearchView param="mitochondria" />);
    await screen.findByText(/No notes match/);
    await addNote({ lectureKey: 'a', time: 1, kind: 'note', text: 'Mitochondria make ATP' }, 40);
    await screen.findByText('1 result');
  });
});
