import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SpeedOptions } from '@/components/options/SpeedOptions';
import { speedShortcutsSetting } from '@/utils/settings/items';
import { DEFAULT_SPEED_SHORTCUTS } from '@/utils/settings/speed-keys';

async function shortcutButton(name: RegExp) {
  return waitFor(() => {
    const button = screen.getByRole('button', { name }) as HTMLButtonElement;
    expect(button).toBeEnabled();
    return button;
  });
}

const section = () => screen.getByRole('region', { name: 'Speed' });

describe('SpeedOptions', () => {
  it('shows the three shortcuts with their defaults', async () => {
    render(<SpeedOptions />);
    expect(await shortcutButton(/^Slower/)).toHaveTextContent(/^Alt\+Comma$/);
    expect(await shortcutButton(/^Faster/)).toHaveTextContent(/^Alt\+Period$/);
    expect(await shortcutButton(/^Normal speed/)).toHaveTextContent(/^Alt\+Slash$/);
  });

  it('records a new shortcut for one command and keeps the others', async () => {
    render(<SpeedOptions />);
    const faster = await shortcutButton(/^Faster/);
    fireEvent.click(faster);
    fireEvent.keyDown(faster, { key: ']', code: 'BracketRight', ctrlKey: true, shiftKey: true });
    const saved = { code: 'BracketRight', altKey: false, ctrlKey: true, shiftKey: true, metaKey: false };
    await waitFor(async () =>
      expect(await speedShortcutsSetting.getValue()).toEqual({ ...DEFAULT_SPEED_SHORTCUTS, faster: saved }),
    );
    expect(within(section()).getAllByRole('status')[1]).toHaveTextContent('Saved: Ctrl+Shift+BracketRight now speeds');
  });

  it('refuses a combination another Lectern shortcut has, and one without a modifier', async () => {
    render(<SpeedOptions />);
    const slower = await shortcutButton(/^Slower/);
    fireEvent.click(slower);
    fireEvent.keyDown(slower, { key: 'n', code: 'KeyN', altKey: true });
    const status = within(section()).getAllByRole('status')[0];
    expect(status).toHaveTextContent('Alt+N already opens the note editor: choose another.');
    fireEvent.keyDown(slower, { key: '.', code: 'Period', altKey: true });
    expect(status).toHaveTextContent('Alt+Period already speeds the lecture up');
    fireEvent.keyDown(slower, { key: ',', code: 'Comma' });
    expect(status).toHaveTextContent(/Use Alt, Ctrl or ⌘/);
    expect(await speedShortcutsSetting.getValue()).toEqual(DEFAULT_SPEED_SHORTCUTS);
  });

  it('goes back to a default', async () => {
    await speedShortcutsSetting.setValue({
      ...DEFAULT_SPEED_SHORTCUTS,
      reset: { code: 'F8', altKey: false, ctrlKey: false, shiftKey: false, metaKey: false },
    });
    render(<SpeedOptions />);
    expect(await shortcutButton(/^Normal speed/)).toHaveTextContent(/^F8$/);
    fireEvent.click(screen.getByRole('button', { name: 'Use Alt+Slash' }));
    await waitFor(async () => expect(await speedShortcutsSetting.getValue()).toEqual(DEFAULT_SPEED_SHORTCUTS));
  });
});
