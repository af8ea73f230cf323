import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TeacherQuestionsView } from '@/components/library/TeacherQuestionsView';
import { db } from '@/utils/db';
import { openQuestionsBySite, questionsAsText } from '@/utils/export/teacher-questions';
import { sampleLibrary } from '../../utils/export/sample-library';

describe('questions for my teacher', () => {
  it('groups open questions by site with lecture and moment, as text ready to paste', () => {
    const extra = { ...sampleLibrary.notes[1], id: 'n6', time: 5, text: 'What is NADH?', answered: false } as never;
    const groups = openQuestionsBySite({ ...sampleLibrary, notes: [...sampleLibrary.notes, extra] });
    expect(groups.map((group) => group.site)).toEqual(['www.youtube.com']);
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

  it('lists open questions, copies them, and marks one answered (with undo)', async () => {
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    await db.notes.bulkAdd(sampleLibrary.notes);
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<TeacherQuestionsView />);
    const group = await screen.findByRole('region', { name: /www\.youtube\.com/ });
    expect(within(group).getByText(/Why does "ATP" release energy/)).toBeTruthy();
    // The answered question on the other site is not listed.
    expect(screen.queryByText(/entropy/)).toBeNull();
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
});
