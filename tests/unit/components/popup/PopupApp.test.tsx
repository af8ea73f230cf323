import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { addNote } from '@/utils/db/notes';
import { recordSession } from '@/utils/db/sessions';
import { DEFAULT_TIMER_SETTINGS, timerSettings } from '@/utils/settings/items';

const MIN = 60_000;

beforeEach(() => {
  // The background, answering the popup's messages as it does in the extension.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerMessage(message, pageSender()));
});

describe('PopupApp', () => {
  it('shows a full focus block ready to start, with the start button focused', async () => {
    render(<PopupApp />);
    const start = await screen.findByRole('button', { name: 'Start focus' });
    await waitFor(() => expect(document.activeElement).toBe(start));
    expect(screen.getByRole('timer')).toHaveAttribute('aria-label', 'Ready: Focus: 25 minutes left');
    expect(screen.getByText('25:00')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Open library' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Options' })).toBeVisible();
  });

  it('starts, pauses, resumes, skips and stops through the background', async () => {
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start focus' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    await screen.findByRole('button', { name: 'Resume' });
    expect(screen.getByRole('timer')).toHaveAttribute(
      'aria-label',
      expect.stringMatching(/^Focus, paused: 2[45] minutes/),
    );
    expect(await browser.action.getBadgeText({})).toMatch(/^2[45]$/);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip to break' }));
    await screen.findByRole('button', { name: 'Skip to focus' });
    // Screen readers hear the phase change once (the countdown itself is not live).
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(/^Short break$/);
    expect(screen.getByRole('timer')).toHaveAttribute('aria-label', expect.stringMatching(/^Short break: /));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await screen.findByRole('button', { name: 'Start focus' });
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it("shows today's focus, the streak, the weekly goal and a 7-day chart", async () => {
    await timerSettings.setValue({ ...DEFAULT_TIMER_SETTINGS, weeklyGoalHours: 5 });
    const today = new Date();
    today.setHours(12, 0, 0, 0);
    const day = 24 * 60 * MIN;
    for (const [index, start] of [today.getTime(), today.getTime() - day].entries()) {
      await recordSession({
        id: `s${index}`,
        phase: 'focus',
        plannedMs: 25 * MIN,
        activeMs: 25 * MIN,
        startedAt: start,
        endedAt: start + 25 * MIN,
        outcome: 'completed',
        lectureKeys: [],
        noteCount: 0,
      });
    }
    render(<PopupApp />);
    await screen.findByText('2 days');
    expect(screen.getByText('Today').nextElementSibling).toHaveTextContent(/^25 min$/);
    const goal = screen.getByRole('progressbar', { name: /This week: .* of 5 h/ }) as HTMLProgressElement;
    expect(goal.max).toBe(5 * 60 * MIN);
    expect(screen.getByRole('img', { name: /^Focus over the last 7 days: .*25 min$/ })).toBeVisible();
  });

  it('shows the background’s error as text instead of a timer', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: 'Lectern could not timer/get: boom' }));
    render(<PopupApp />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Lectern could not timer\/get: boom$/);
  });

  it('shows the reviews due, counted by the background, with a link to the review session', async () => {
    await addNote({ lectureKey: 'a', time: 1, kind: 'question', text: 'why?' }, Date.now() - MIN);
    await addNote({ lectureKey: 'a', time: 2, kind: 'note', text: 'not a review item' }, Date.now() - MIN);
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return undefined;
    });
    render(<PopupApp />);
    const link = await screen.findByRole('link', { name: '1 review due' });
    expect(link).toHaveAttribute('href', expect.stringMatching(/\/dashboard\.html#\/review$/));
    expect(sent).toContainEqual({ type: 'library/due-count', payload: {} });
  });
});
