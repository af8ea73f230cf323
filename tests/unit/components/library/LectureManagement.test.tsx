import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryApp } from '@/components/library/LibraryApp';
import { getLecture, recordLectureSighting, recordProgress } from '@/utils/db/lectures';
import { addNote, listNotesByLecture } from '@/utils/db/notes';
import { lectureHref } from '@/utils/library/route';

const see = (key: string, title: string, site: string, now: number) =>
  recordLectureSighting({ key, platform: 'generic', title, site, url: `https://${site}/`, duration: 600 }, now);

function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
afterEach(() => go('#/'));

const titles = () => [...document.querySelectorAll('.lecture-title')].map((link) => link.textContent);

describe('lecture management', () => {
  it('sorts and filters the list', async () => {
    await see('a', 'Lecture B', 'a.edu', 1);
    await see('b', 'Lecture A', 'b.edu', 2);
    await addNote({ lectureKey: 'a', time: 1, kind: 'note', text: 'x' }, 1);
    render(<LibraryApp />);
    await screen.findByText('1 note');
    expect(titles()).toEqual(['Lecture A', 'Lecture B']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'notes' } });
    expect(titles()).toEqual(['Lecture B', 'Lecture A']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'b.edu' } });
    expect(titles()).toEqual(['Lecture A']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: '' } });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Find a lecture' }), { target: { value: 'zzz' } });
    expect(screen.getByText(/No lecture matches/)).toBeVisible();
  });

  it('filters the list by course where lectures have one', async () => {
    await see('a', 'Lecture B', 'a.edu', 1);
    await recordLectureSighting(
      {
        key: 'coursera:thermo/x',
        platform: 'coursera',
        title: 'First law',
        site: 'www.coursera.org',
        url: 'https://www.coursera.org/learn/thermo/lecture/x/first-law',
        duration: 600,
        course: { id: 'coursera:thermo', title: 'Thermodynamics' },
      },
      2,
    );
    render(<LibraryApp />);
    await screen.findByText('First law');
    const course = screen.getByRole('combobox', { name: 'Course' });
    expect([...course.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'All courses',
      'Thermodynamics',
    ]);
    fireEvent.change(course, { target: { value: 'coursera:thermo' } });
    expect(titles()).toEqual(['First law']);
    expect(screen.getByRole('heading', { level: 2, name: 'Thermodynamics' })).toBeVisible();
  });

  it('renames a lecture from its page (Enter saves, Escape cancels)', async () => {
    await see('a', 'Old title', 'a.edu', 1);
    go(lectureHref('a'));
    render(<LibraryApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'Lecture title' });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Lecture title' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Lecture title' }), { target: { value: 'Week 1' } });
    fireEvent.submit(screen.getByRole('textbox', { name: 'Lecture title' }).closest('form') as HTMLFormElement);
    expect(await screen.findByRole('heading', { level: 1, name: 'Week 1' })).toBeVisible();
    expect((await getLecture('a'))?.title).toBe('Week 1');
  });

  it('deletes a lecture with its notes after confirming, and Undo brings both back', async () => {
    await see('a', 'Doomed', 'a.edu', 1);
    await addNote({ lectureKey: 'a', time: 1, kind: 'note', text: 'keep me' }, 1);
    go(lectureHref('a'));
    render(<LibraryApp />);
    await screen.findByText('keep me');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete lecture' }));
    // The name is isolated in its own `dir="auto"` span (happy-dom's accessible name spaces it out).
    const confirm = screen.getByRole('group', { name: /Delete “\s?Doomed\s?” and its note\?/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(await getLecture('a')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Delete lecture' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Doomed” and its 1 note.')).toBeVisible();
    await screen.findByRole('heading', { name: 'No lectures yet' });
    expect(await getLecture('a')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Doomed' })).toBeVisible();
    expect((await listNotesByLecture('a')).map((note) => note.text)).toEqual(['keep me']);
  });

  it('resumes at the last position through lecture/open-at', async () => {
    await see('a', 'Lecture A', 'a.edu', 1);
    await recordProgress('a', 754, [0, 754], 2);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: {} });
    render(<LibraryApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume “Lecture A” at 12:34' }));
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith({ type: 'lecture/open-at', payload: { key: 'a', time: 754 } }),
    );
    go(lectureHref('a'));
    fireEvent.click(await screen.findByRole('button', { name: 'Resume at 12:34' }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  });
});
