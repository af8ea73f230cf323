import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { NoteEditor } from '@/components/overlay/NoteEditor';

function setup(props: Partial<Parameters<typeof NoteEditor>[0]> = {}) {
  const onSave = vi.fn(async () => {});
  const onCancel = vi.fn();
  const onChange = vi.fn();
  render(<NoteEditor time={754} onSave={onSave} onCancel={onCancel} onChange={onChange} {...props} />);
  const field = screen.getByLabelText(/Note at 12:34/) as HTMLTextAreaElement;
  return { field, onSave, onCancel, onChange };
}

describe('NoteEditor', () => {
  it('is labelled with the time and takes focus', () => {
    const { field } = setup();
    expect(document.activeElement).toBe(field);
  });

  it('saves on Enter with the text and kind', async () => {
    const { field, onSave, onChange } = setup();
    fireEvent.input(field, { target: { value: 'Why ATP? #energy' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'question' } });
    expect(onChange).toHaveBeenLastCalledWith('Why ATP? #energy', 'question');
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('Why ATP? #energy', 'question'));
  });

  it('adds a line on Shift+Enter instead of saving', () => {
    const { field, onSave } = setup();
    fireEvent.input(field, { target: { value: 'first line' } });
    const event = fireEvent.keyDown(field, { key: 'Enter', shiftKey: true });
    expect(event).toBe(true); // not prevented: the textarea adds the line itself
    expect(onSave).not.toHaveBeenCalled();
  });

  it('closes on Escape without saving', () => {
    const { field, onSave, onCancel } = setup();
    fireEvent.input(field, { target: { value: 'never mind' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('does not save an empty note and says why', async () => {
    const { field, onSave } = setup();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Type a note first/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the error when saving fails, and keeps the text', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('Lectern could not note/add: disk full');
    });
    const { field } = setup({ onSave });
    fireEvent.input(field, { target: { value: 'keep me' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
    expect(field.value).toBe('keep me');
  });

  it('starts from a restored draft', () => {
    const { field } = setup({ initialText: 'half a thought', initialKind: 'bookmark' });
    expect(field.value).toBe('half a thought');
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('bookmark');
  });

  it('ignores Enter while an input method is composing', () => {
    const { field, onSave } = setup();
    fireEvent.input(field, { target: { value: 'にほん' } });
    fireEvent.keyDown(field, { key: 'Enter', isComposing: true });
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows the caption said before the note; Alt+C makes it the text of an empty note', async () => {
    const { field, onSave } = setup({ caption: 'the mitochondrion is the powerhouse' });
    expect(screen.getByRole('button', { name: 'Use caption (Alt+C)' })).toHaveAttribute('aria-keyshortcuts', 'Alt+C');
    expect(
      screen.getByText('the mitochondrion is the powerhouse', { exact: false }).closest('blockquote'),
    ).toBeVisible();
    const event = fireEvent.keyDown(field, { key: 'ç', code: 'KeyC', altKey: true });
    expect(event).toBe(false); // prevented: Option+C types nothing
    expect(field.value).toBe('the mitochondrion is the powerhouse');
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('the mitochondrion is the powerhouse', 'note'));
  });

  it('puts the caption in at the caret of a note being typed, with the button, and keeps the caret after it', () => {
    const { field, onChange } = setup({ caption: 'ATP synthase' });
    fireEvent.input(field, { target: { value: 'Quote: — end' } });
    field.setSelectionRange(7, 7);
    fireEvent.click(screen.getByRole('button', { name: 'Use caption (Alt+C)' }));
    expect(field.value).toBe('Quote: ATP synthase — end');
    expect(onChange).toHaveBeenLastCalledWith('Quote: ATP synthase — end', 'note');
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(19);
  });

  it('has no caption button and ignores Alt+C without a caption', () => {
    const { field } = setup();
    expect(screen.queryByRole('button', { name: /Use caption/ })).toBeNull();
    expect(fireEvent.keyDown(field, { key: 'ç', code: 'KeyC', altKey: true })).toBe(true);
  });
});
