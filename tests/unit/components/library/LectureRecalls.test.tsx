import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LectureRecalls } from '@/components/library/LectureRecalls';
import { addNote } from '@/utils/db/notes';
import type { Lecture } from '@/utils/model/lectures';

const lecture: Lecture = {
  key: 'lecture-1',
  platform: 'generic',
  title: 'Cells',
  site: 'example.edu',
  url: 'https://example.edu/',
  duration: 1200,
  lastPosition: 0,
  watched: [],
  createdAt: 1,
  updatedAt: 1,
  lastWatchedAt: 1,
};

describe('LectureRecalls', () => {
  it('explains recalls before there are any, with zero counts', async () => {
    render(<LectureRecalls lecture={lecture} />);
    expect(await screen.findByText(/No recalls yet/)).toBeVisible();
    expect(screen.getByText(/Prompts answered/)).toHaveTextContent(/^Prompts answered 0 · skipped 0 · snoozed 0$/);
  });

  it('shows recalls under their segments, the segments to rewatch and the counts', async () => {
    await addNote(
      {
        lectureKey: 'lecture-1',
        time: 720,
        kind: 'recall',
        text: 'second <b>part</b>',
        segment: [360, 720],
        confidence: 'lost',
      },
      2,
    );
    await addNote(
      { lectureKey: 'lecture-1', time: 360, kind: 'recall', text: 'first part', segment: [0, 360], confidence: 'got' },
      1,
    );
    await addNote(
      { lectureKey: 'lecture-1', time: 360, kind: 'recall', text: 'again after rewatching', segment: [0, 360] },
      3,
    );
    await addNote({ lectureKey: 'lecture-1', time: 30, kind: 'note', text: 'a plain note' }, 1);
    const prompts = { answered: 3, skipped: 1, snoozed: 2, prompted: [[0, 720]] as [number, number][], rewatch: [] };
    render(<LectureRecalls lecture={{ ...lecture, prompts }} />);
    const segments = await screen.findByRole('list', { name: 'Recalls by segment' });
    const groups = within(segments)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(groups).toEqual(['0:00 0:00-6:00', '6:00 6:00-12:00']);
    const items = segments.querySelectorAll('.recall-segment');
    expect(items[0]).toHaveTextContent('first part');
    expect(items[0]).toHaveTextContent('again after rewatching');
    expect(items[1]).toHaveTextContent('second <b>part</b>');
    expect(items[1]).toHaveTextContent('Lost');
    expect(document.querySelector('b')).toBeNull();
    expect(screen.queryByText('a plain note')).not.toBeInTheDocument();
    const rewatch = screen.getByRole('list', { name: 'Segments to rewatch' });
    expect(within(rewatch).getByRole('button', { name: 'Open at 6:00: rewatch 6:00-12:00' })).toBeVisible();
    expect(screen.getByText(/Prompts answered/)).toHaveTextContent(/^Prompts answered 3 · skipped 1 · snoozed 2$/);
  });
});
