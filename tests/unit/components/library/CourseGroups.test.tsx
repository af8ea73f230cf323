/** The library's home by course: groups, counts, "Rename course" from the keyboard, and long or right-to-left names. */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import { listCourseNames } from '@/utils/db/course-names';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote } from '@/utils/db/notes';
import { lectureHref } from '@/utils/library/route';
import type { LectureCourse } from '@/utils/model/lectures';

const physics = { id: 'canvas:lms.uni.edu/101', title: 'PHYS 101' };

const see = (key: string, title: string, site: string, now: number, course?: LectureCourse) =>
  recordLectureSighting(
    {
      key,
      platform: 'generic',
      title,
      site,
      url: `https://${site}/${key}`,
      duration: 600,
      ...(course ? { course } : {}),
    },
    now,
  );

function go(hash: string) {
  location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
afterEach(() => go('#/'));

const section = (name: string) => screen.getByRole('region', { name }) as HTMLElement;

const LONG = `Lecture 7: ${'a very long and repetitive title '.repeat(190)}`.trim();
const ARABIC = 'المحاضرة ٣: الديناميكا الحرارية';
const MIXED = 'Week 2 — 第二周：熱力学 (Thermodynamics) — الأسبوع ٢';

describe('the library by course', () => {
  it('lists each course with its lectures and note count, then lectures without a course by site', async () => {
    await see('p1', 'Forces', 'lms.uni.edu', 3, physics);
    // The same course in another player's frame: one course.
    await see('p2', 'Energy', 'cdnapisec.kaltura.com', 2, physics);
    await see('y1', 'Cells', 'www.youtube.com', 4);
    await addNote({ lectureKey: 'p1', time: 1, kind: 'note', text: 'one' }, 1);
    await addNote({ lectureKey: 'p2', time: 1, kind: 'note', text: 'two' }, 1);
    await addNote({ lectureKey: 'p2', time: 2, kind: 'question', text: 'three' }, 1);
    render(<LibraryApp />);
    await screen.findByText('Not in a course · 1 lecture · 0 notes');
    expect(await within(section('PHYS 101')).findByText('2 lectures · 3 notes')).toBeVisible();
    const groups = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(groups).toEqual(['PHYS 101', 'www.youtube.com']);
    const physicsList = within(section('PHYS 101')).getByRole('list', { name: 'Lectures of PHYS 101' });
    expect(
      within(physicsList)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Forces', 'Energy']);
    expect(within(section('www.youtube.com')).getByRole('link', { name: 'Cells' })).toBeVisible();
    // Only a course can be renamed (a site is not the student's to name).
    expect(within(section('www.youtube.com')).queryByRole('button', { name: /Rename course/ })).toBeNull();
  });

  it('renames a course from the keyboard: Escape cancels, Enter saves, focus comes back; later sightings keep the name', async () => {
    await see('p1', 'Forces', 'lms.uni.edu', 1, physics);
    render(<LibraryApp />);
    const rename = await screen.findByRole('button', { name: 'Rename course PHYS 101' });
    rename.focus();
    fireEvent.click(rename);
    const field = screen.getByRole('textbox', { name: 'Course name' });
    expect(field).toHaveValue('PHYS 101');
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Course name' })).toBeNull();
    await expect
      .poll(() => document.activeElement)
      .toBe(screen.getByRole('button', { name: 'Rename course PHYS 101' }));

    fireEvent.click(screen.getByRole('button', { name: 'Rename course PHYS 101' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Course name' }), { target: { value: '   ' } });
    fireEvent.submit(screen.getByRole('textbox', { name: 'Course name' }).closest('form') as HTMLFormElement);
    expect(await screen.findByRole('alert')).toHaveTextContent('A course needs a name.');
    fireEvent.input(screen.getByRole('textbox', { name: 'Course name' }), { target: { value: 'Mechanics' } });
    fireEvent.submit(screen.getByRole('textbox', { name: 'Course name' }).closest('form') as HTMLFormElement);
    const renamed = await screen.findByRole('heading', { level: 2, name: 'Mechanics' });
    expect(renamed).toBeVisible();
    const renameAgain = await screen.findByRole('button', { name: 'Rename course Mechanics' });
    await expect.poll(() => document.activeElement).toBe(renameAgain);
    expect(await listCourseNames()).toMatchObject([{ id: physics.id, title: 'Mechanics' }]);

    await see('p2', 'Energy', 'lms.uni.edu', 2, physics);
    expect(await within(section('Mechanics')).findByText('2 lectures · 0 notes')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'PHYS 101' })).toBeNull();
    expect(
      [...(screen.getByRole('combobox', { name: 'Course' }) as HTMLSelectElement).options].map((o) => o.text),
    ).toEqual(['All courses', 'Mechanics']);
    go(lectureHref('p2'));
    expect(await screen.findByText('Mechanics')).toHaveClass('lecture-course');
  });

  it('clamps long names to two lines with the full name as the link’s name and on hover and focus; every name has its own direction', async () => {
    await see('long', LONG, 'long.example', 3, { id: 'moodle:m.edu/5', title: 'مقدمة في الفيزياء' });
    await see('rtl', ARABIC, 'rtl.example', 2);
    await see('mixed', MIXED, 'mixed.example', 1);
    render(<LibraryApp />);
    const long = await screen.findByRole('link', { name: LONG });
    expect(long).toHaveClass('lecture-title', 'clamp-2');
    expect(long).toHaveAttribute('dir', 'auto');
    const card = long.parentElement?.querySelector('.full-name');
    expect(long.parentElement).toHaveClass('clamped');
    expect(card).toHaveTextContent(LONG);
    expect(card).toHaveAttribute('aria-hidden', 'true');
    expect(card).toHaveAttribute('dir', 'auto');
    for (const name of [ARABIC, MIXED]) {
      const link = screen.getByRole('link', { name });
      expect(link).toHaveAttribute('dir', 'auto');
      // Short names need no card.
      expect(link.parentElement?.querySelector('.full-name')).toBeNull();
    }
    expect(screen.getByRole('heading', { level: 2, name: 'مقدمة في الفيزياء' })).toHaveAttribute('dir', 'auto');
    // A select is as wide as its longest option: a long name is cut there (the whole one is its title).
    const site = screen.getByRole('combobox', { name: 'Course' });
    expect([...(site as HTMLSelectElement).options].every((option) => option.text.length <= 60)).toBe(true);
  });

  it('shows the whole name on the lecture’s own page (a very long one on request), and notes in their own direction', async () => {
    await see('long', LONG, 'long.example', 1);
    await addNote({ lectureKey: 'long', time: 5, kind: 'note', text: 'ملاحظة: الطاقة محفوظة' }, 1);
    go(lectureHref('long'));
    render(<LibraryApp />);
    const heading = await screen.findByRole('heading', { level: 1, name: LONG });
    expect(heading).toHaveClass('clamp-4');
    expect(heading).toHaveAttribute('dir', 'auto');
    const whole = screen.getByRole('button', { name: 'Show the whole name' });
    expect(whole).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(whole);
    expect(heading).not.toHaveClass('clamp-4');
    expect(screen.getByRole('button', { name: 'Show less of the name' })).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('ملاحظة: الطاقة محفوظة')).toHaveAttribute('dir', 'auto');
  });

  it('shows a name of ordinary length whole on its page, with nothing to expand', async () => {
    await see('rtl', ARABIC, 'rtl.example', 1);
    go(lectureHref('rtl'));
    render(<LibraryApp />);
    expect(await screen.findByRole('heading', { level: 1, name: ARABIC })).not.toHaveClass('clamp-4');
    expect(screen.queryByRole('button', { name: 'Show the whole name' })).toBeNull();
  });
});
