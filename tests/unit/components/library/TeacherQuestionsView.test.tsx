import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TeacherQuestionsView } from '@/components/library/TeacherQuestionsView';
import { db } from '@/utils/db/database';
import { updateNote } from '@/utils/db/notes';
import { openQuestionsByCourse, questionsAsText } from '@/utils/export/teacher-questions';
import { sampleLibrary } from '../../utils/export/sample-library';

describe('questions for my teacher', () => {
  it('groups open questions by site with lecture and moment, as text ready to paste', () => {
    const extra = { ...sampleLibrary.notes[1], id: 'n6', time: 5, text: 'What is NADH?', answered: false } as never;
    const groups = openQuestionsByCourse({ ...sampleLibrary, notes: [...sampleLibrary.notes, extra] });
    expect(groups.map((group) => group.name)).toEqual(['www.youtube.com']);
    expect(questionsAsText(groups[0] as never)).toBe(
      [
        'Questions from my lecture notes (www.youtube.com):',
        '',
        '1. What is NADH?',
        '   — Cells & energy — *Biology* 101, at 0:05: https://www.youtube.com/watch?v=abc123&t=5s',
        '',
        '2. Why does "ATP" release energy, <really>?',
        '   # not a heading',
        '   - not a list',
        '   — Cells & energy — *Biology* 101, at 1:05: https://www.youtube.com/watch?v=abc123&t=65s',
        '',
      ].join('\n'),
    );
  });

  it('groups by course where the lecture has one, else by site', () => {
    const [youtube, lms] = sampleLibrary.lectures as [never, never];
    const library = {
      ...sampleLibrary,
      lectures: [
        youtube,
        { ...(lms as object), course: { id: 'moodle:lms.example.edu/7', title: 'Thermodynamics 201' } } as never,
        {
          ...(lms as object),
          key: 'coursera:thermo/b',
          site: 'www.coursera.org',
          url: 'https://www.coursera.org/learn/thermo/lecture/b/x',
        } as never,
      ],
      notes: [
        ...sampleLibrary.notes.map((note) => ({ ...note, answered: false })),
        { ...(sampleLibrary.notes[1] as object), id: 'n7', lectureKey: 'coursera:thermo/b', text: 'Why?' } as never,
      ],
    };
    const groups = openQuestionsByCourse(library);
    expect(groups.map((group) => [group.name, group.questions.map(({ note }) => note.id)])).toEqual([
      ['Thermo', ['n7']],
      ['Thermodynamics 201', ['n4']],
      ['www.youtube.com', ['n2']],
    ]);
    expect(questionsAsText(groups[1] as never)).toMatch(/^Questions from my lecture notes \(Thermodynamics 201\):/);
  });

  it('lists open questions, copies them, and marks one answered (with undo)', async () => {
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    await db.notes.bulkAdd(sampleLibrary.notes);
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<TeacherQuestionsView />);
    const group = await screen.findByRole('region', { name: /www\.youtube\.com/ });
    expect(within(group).getByText(/Why does "ATP" release energy/)).toBeVisible();
    // The answered question on the other site is not listed.
    expect(screen.queryByText(/entropy/)).not.toBeInTheDocument();
    fireEvent.click(within(group).getByRole('button', { name: 'Copy questions for www.youtube.com' }));
    await screen.findByText('Copied.');
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('1. Why does "ATP" release energy'));

    fireEvent.click(within(group).getByRole('button', { name: /^Mark answered: Why does/ }));
    await screen.findByRole('heading', { name: 'No open questions' });
    expect((await db.notes.get('n2'))?.answered).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('region', { name: /www\.youtube\.com/ });
    await waitFor(async () => expect((await db.notes.get('n2'))?.answered).toBe(false));
  });

  it('refuses an Undo over a change another tab made since, and says so', async () => {
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    await db.notes.bulkAdd(sampleLibrary.notes);
    render(<TeacherQuestionsView />);
    const group = await screen.findByRole('region', { name: /www\.youtube\.com/ });
    fireEvent.click(within(group).getByRole('button', { name: /^Mark answered: Why does/ }));
    await screen.findByRole('heading', { name: 'No open questions' });
    const answered = await db.notes.get('n2');
    await updateNote('n2', { text: 'Reworded in the overlay' }, Date.now(), answered?.updatedAt);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Lectern could not change this question: This note was changed in another tab; reload to see it.',
    );
    expect(await db.notes.get('n2')).toMatchObject({ answered: true, text: 'Reworded in the overlay' });
  });
});
