import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CaptionOptions } from '@/components/options/CaptionOptions';
import { captionSettings } from '@/utils/settings/items';

const keep = () => screen.getByRole('checkbox', { name: 'Keep the caption said before each note' });
const load = () => screen.getByRole('checkbox', { name: /Load captions for notes/ });

describe('CaptionOptions', () => {
  it('keeps 10 s of captions by default; the seconds change, or it is turned off', async () => {
    render(<CaptionOptions />);
    await waitFor(() => expect(keep()).toBeEnabled());
    expect(keep()).toBeChecked();
    const seconds = screen.getByRole('spinbutton', { name: 'Seconds of captions before the note' });
    expect(seconds).toHaveValue(10);
    fireEvent.input(seconds, { target: { value: '20' } });
    await waitFor(async () => expect((await captionSettings.getValue()).windowSeconds).toBe(20));
    fireEvent.input(seconds, { target: { value: '90' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a whole number from 1 to 60.');
    expect((await captionSettings.getValue()).windowSeconds).toBe(20);
    fireEvent.click(keep());
    await waitFor(async () => expect((await captionSettings.getValue()).windowSeconds).toBe(0));
    expect(screen.queryByRole('spinbutton')).toBeNull();
    expect(load()).toBeDisabled();
  });

  it('loads captions that are off only when the student chooses it', async () => {
    render(<CaptionOptions />);
    await waitFor(() => expect(load()).toBeEnabled());
    expect(load()).not.toBeChecked();
    fireEvent.click(load());
    await waitFor(async () =>
      expect(await captionSettings.getValue()).toEqual({ windowSeconds: 10, loadForNotes: true }),
    );
  });
});
