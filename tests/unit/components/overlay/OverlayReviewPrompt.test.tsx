import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { OverlayReviewPrompt } from '@/components/overlay/OverlayReviewPrompt';
import { db } from '@/utils/db/database';
import { renderOnBridge } from './fake-bridge';

const prompt = {
  lectureKey: 'demo',
  segment: [0, 62] as [number, number],
  covered: [[0, 62]] as [number, number][],
  question: 'What do you think comes next, and why?',
};

const mount = () => renderOnBridge((bridge) => <OverlayReviewPrompt bridge={bridge} />);

describe('OverlayReviewPrompt', () => {
  it('shows the prompt the runner asks for, saves the answer itself, and reports only the choice', async () => {
    const { post, emit } = mount();
    expect(screen.queryByRole('dialog')).toBeNull();
    await emit({ type: 'review-prompt', prompt });
    screen.getByRole('dialog', { name: 'Quick review: 0:00-1:02' });
    fireEvent.input(screen.getByRole('textbox', { name: prompt.question }), { target: { value: 'Glycolysis' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Got it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(post).toHaveBeenCalledWith({ type: 'review-outcome', choice: 'answered' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await db.notes.toArray()).toMatchObject([
      { lectureKey: 'demo', kind: 'recall', text: 'Glycolysis', segment: [0, 62], confidence: 'got', time: 62 },
    ]);
  });

  it.each([
    ['Skip', 'skipped'],
    ['Snooze 2 minutes', 'snoozed'],
    ['Rewind to 0:00', 'rewound'],
  ])('reports %s as %s without saving anything', async (button, choice) => {
    const { post, emit } = mount();
    await emit({ type: 'review-prompt', prompt });
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(post).toHaveBeenCalledWith({ type: 'review-outcome', choice });
    expect(await db.notes.count()).toBe(0);
  });

  it('goes away when the runner takes the prompt back (another lecture)', async () => {
    const { emit } = mount();
    await emit({ type: 'review-prompt', prompt });
    await emit({ type: 'review-prompt', prompt: null });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
