import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DuePanel } from '@/components/library/DuePanel';
import { ReviewView } from '@/components/library/ReviewView';
import { db } from '@/utils/db/database';
import { recordLectureSighting } from '@/utils/db/lectures';
import { addNote } from '@/utils/db/notes';

const past = Date.now() - 60_000;

async function seed() {
  await recordLectureSighting(
    { key: 'a', platform: 'generic', title: 'Cells', site: 'a.edu', url: 'https://a.edu/', duration: 600 },
    past,
  );
  await addNote({ lectureKey: 'a', time: 65, kind: 'question', text: 'Why <i>ATP</i>?' }, past);
  await addNote(
    { lectureKey: 'a', time: 120, kind: 'recall', text: 'Glycolysis splits glucose', segment: [60, 120] },
    past + 1,
  );
  await addNote(
    { lectureKey: 'a', time: 300, kind: 'recall', text: 'lost here', segment: [240, 300], confidence: 'lost' },
    past + 2,
  );
  await addNote({ lectureKey: 'a', time: 5, kind: 'note', text: 'not an item' }, past);
}

const key = (k: string) => fireEvent.keyDown(document.body, { key: k });

describe('ReviewView', () => {
  it('explains where review items come from when there are none', async () => {
    render(<ReviewView />);
    expect(await screen.findByRole('heading', { name: 'Nothing to review yet' })).toBeVisible();
  });

  it('runs a keyboard session over questions, recalls and lost segments, grading each', async () => {
    await seed();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: {} });
    render(<ReviewView />);
    expect(await screen.findByRole('heading', { name: 'Your question at 1:05' })).toBeVisible();
    expect(screen.getByText('Why <i>ATP</i>?')).toBeVisible();
    expect(screen.getByText('Review 1 of 3')).toBeVisible();
    key('3');
    expect(screen.queryByRole('group', { name: 'How well did you know it?' })).not.toBeInTheDocument();
    // The session listens on the document once its effect has run: Space reveals (again is harmless).
    await vi.waitFor(() => {
      key(' ');
      expect(screen.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
    });
    key('p');
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith({ type: 'lecture/open-at', payload: { key: 'a', time: 65 } }),
    );
    key('3');

    expect(await screen.findByRole('heading', { name: 'What were the key points from 1:00–2:00?' })).toBeVisible();
    expect(screen.queryByText('Glycolysis splits glucose')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Reveal/ }));
    expect(screen.getByText('Glycolysis splits glucose')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: /^Again/ }));

    expect(await screen.findByRole('heading', { name: 'You were lost from 4:00–5:00' })).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: /Play the segment/ }));
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith({ type: 'lecture/open-at', payload: { key: 'a', time: 240 } }),
    );
    await vi.waitFor(() => {
      key('Enter');
      expect(screen.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
    });
    key('4');
    expect(await screen.findByRole('heading', { name: 'Done: 3 reviewed' })).toBeVisible();

    const notes = await db.notes.where('reviewDue').above(0).toArray();
    expect(notes.every((note) => note.review?.reps === 1)).toBe(true);
    expect(notes.every((note) => (note.reviewDue as number) > Date.now())).toBe(true);
  });

  it('shows the due count, and nothing due once reviewed', async () => {
    await seed();
    render(<DuePanel />);
    const link = await screen.findByRole('link', { name: '3 reviews due' });
    expect(link).toHaveAttribute('href', '#/review');
    await db.notes.toCollection().modify((note) => {
      if (note.reviewDue !== undefined) note.reviewDue = Date.now() + 3_600_000;
    });
    expect(await screen.findByText('No reviews due')).toBeVisible();
  });
});
