import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NoteOptions } from '@/components/options/NoteOptions';
import { noteShortcutSetting, pauseWhileTypingSetting } from '@/utils/settings/items';

async function shortcutButton() {
  return waitFor(() => {
    const button = screen.getByRole('button', { name: /Note shortcut/ }) as HTMLButtonElement;
    expect(button).toBeEnabled();
    return button;
  });
}

describe('NoteOptions', () => {
  it('records a new shortcut from a key combination', async () => {
    render(<NoteOptions />);
    const button = await shortcutButton();
    expect(button).toHaveTextContent(/^Alt\+N$/);
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: 'Control', code: 'ControlLeft', ctrlKey: true });
    fireEvent.keyDown(button, { key: 'm', code: 'KeyM', ctrlKey: true, shiftKey: true });
    await waitFor(async () =>
      expect(await noteShortcutSetting.getValue()).toEqual({
        code: 'KeyM',
        altKey: false,
        ctrlKey: true,
        shiftKey: true,
        metaKey: false,
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Ctrl+Shift+M');
  });

  it('rejects a key without a modifier, but takes a function key', async () => {
    render(<NoteOptions />);
    const button = await shortcutButton();
    fireEvent.click(button);
    fireEvent.keyDown(button, { key: 'k', code: 'KeyK' });
    expect(screen.getByRole('status')).toHaveTextContent(/Use Alt, Ctrl or ⌘/);
    expect((await noteShortcutSetting.getValue()).code).toBe('KeyN');
    fireEvent.keyDown(button, { key: 'F2', code: 'F2' });
    await waitFor(async () => expect((await noteShortcutSetting.getValue()).code).toBe('F2'));
  });

  it('turns pausing while typing off', async () => {
    render(<NoteOptions />);
    const box = (await screen.findByRole('checkbox', { name: /Pause the video while I type/ })) as HTMLInputElement;
    await waitFor(() => expect(box).toBeEnabled());
    expect(box).toBeChecked();
    fireEvent.click(box);
    await waitFor(async () => expect(await pauseWhileTypingSetting.getValue()).toBe(false));
  });
});
