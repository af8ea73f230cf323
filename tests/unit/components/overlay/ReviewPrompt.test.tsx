import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ReviewPrompt } from '@/components/overlay/ReviewPrompt';

function setup(onSave = vi.fn()) {
  const handlers = { onSave, onRewind: vi.fn(), onSnooze: vi.fn(), onSkip: vi.fn() };
  render(<ReviewPrompt segment={[720, 1080]} question="Explain this part to a friend who missed it." {...handlers} />);
  return handlers;
}

describe('ReviewPrompt', () => {
  it('is a labelled dialog naming the segment and asking the question, focus in the answer field', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Quick review: 12:00-18:00' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const field = screen.getByRole('textbox', { name: 'Explain this part to a friend who missed it.' });
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('group', { name: 'How well do you know it?' })).toBeTruthy();
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent?.trim())).toEqual([
      'Got it',
      'Shaky',
      'Lost',
    ]);
  });

  it('saves the trimmed answer with the chosen confidence', async () => {
    const { onSave } = setup();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: '  ATP is the cell’s currency  ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Shaky' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({ text: 'ATP is the cell’s currency', confidence: 'shaky' }),
    );
  });

  it('saves with Ctrl+Enter, without a confidence if none was chosen', async () => {
    const { onSave } = setup();
    const field = screen.getByRole('textbox');
    fireEvent.input(field, { target: { value: 'mitochondria' } });
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ text: 'mitochondria', confidence: null }));
  });

  it('asks for words before saving an empty answer', () => {
    const { onSave } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Write a few words/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows a failed save and lets the student try again', async () => {
    const onSave = vi.fn().mockRejectedValueOnce(new Error('Lectern could not save: disk full'));
    setup(onSave);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Lectern could not save: disk full');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
  });

  it('skips with Escape and with the Skip button; rewinds and snoozes', () => {
    const { onSkip, onRewind, onSnooze } = setup();
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(onSkip).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(onSkip).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: 'Rewind to 12:00' }));
    expect(onRewind).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 2 minutes' }));
    expect(onSnooze).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab focus inside the dialog', () => {
    setup();
    const field = screen.getByRole('textbox');
    const skip = screen.getByRole('button', { name: 'Skip' });
    skip.focus();
    fireEvent.keyDown(skip, { key: 'Tab' });
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(skip);
  });
});
