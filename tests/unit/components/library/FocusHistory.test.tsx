import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { FocusHistory } from '@/components/library/FocusHistory';
import { recordLectureSighting } from '@/utils/db/lectures';
import { recordSession } from '@/utils/db/sessions';
import type { FocusSession } from '@/utils/model/sessions';

const MIN = 60_000;
const session = (id: string, changes: Partial<FocusSession>): FocusSession => ({
  id,
  phase: 'focus',
  plannedMs: 25 * MIN,
  activeMs: 25 * MIN,
  startedAt: Date.now() - 3 * 3_600_000,
  endedAt: Date.now() - 2 * 3_600_000,
  outcome: 'completed',
  lectureKeys: [],
  noteCount: 0,
  ...changes,
});

describe('FocusHistory', () => {
  it('says how to start when there is no session yet', async () => {
    render(<FocusHistory />);
    expect(await screen.findByText(/No focus sessions yet/)).toBeVisible();
  });

  it('shows focus per day, per lecture (titles as text) and the latest sessions with their outcome', async () => {
    await recordLectureSighting(
      { key: 'k1', platform: 'generic', title: '<i>Cells</i>', site: 'a.edu', url: 'https://a.edu/', duration: 600 },
      Date.now(),
    );
    await recordSession(session('a', { lectureKeys: ['k1'], noteCount: 3 }));
    await recordSession(
      session('b', { activeMs: 10 * MIN, outcome: 'interrupted', startedAt: Date.now() - 3_600_000 }),
    );
    await recordSession(session('c', { phase: 'shortBreak', activeMs: 5 * MIN, plannedMs: 5 * MIN }));
    render(<FocusHistory />);
    const perDay = await screen.findByRole('table', { name: /Per day/ });
    expect(within(perDay).getAllByRole('row')[1]).toHaveTextContent('35 min');
    const perLecture = screen.getByRole('table', { name: 'Per lecture' });
    const link = within(perLecture).getByRole('link', { name: '<i>Cells</i>' });
    expect(link).toHaveAttribute('href', '#/lecture/k1');
    expect(link.closest('tr')).toHaveTextContent('25 min');
    expect(screen.getByText('interrupted (the browser closed)')).toBeVisible();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
