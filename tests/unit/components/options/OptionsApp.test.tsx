import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { pageSender } from '@/tests/unit/utils/protocol/fake-senders';
import { answerMessage } from '@/utils/background/register-messages';
import { db } from '@/utils/db/database';
import { disabledSitesSetting, pauseWhileTypingSetting, themeSetting } from '@/utils/settings/items';
import { sampleLibrary } from '../../utils/export/sample-library';

describe('Options: general', () => {
  it('saves the theme as it changes', async () => {
    render(<OptionsApp />);
    const select = (await screen.findByRole('combobox', { name: 'Theme' })) as HTMLSelectElement;
    await waitFor(() => expect(select).toBeEnabled());
    fireEvent.change(select, { target: { value: 'dark' } });
    await waitFor(async () => expect(await themeSetting.getValue()).toBe('dark'));
  });

  it('adds a site from a pasted URL, refuses nonsense with a clear message, and removes a site', async () => {
    render(<OptionsApp />);
    const input = await screen.findByRole('textbox', { name: 'Site to turn off' });
    fireEvent.input(input, { target: { value: 'https://WWW.Example.edu/course/1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByRole('button', { name: 'Turn Lectern back on for www.example.edu' });
    expect(await disabledSitesSetting.getValue()).toEqual(['www.example.edu']);

    fireEvent.input(input, { target: { value: 'not a site!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a site name Lectern understands/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await disabledSitesSetting.getValue()).toEqual(['www.example.edu']);

    fireEvent.click(screen.getByRole('button', { name: 'Turn Lectern back on for www.example.edu' }));
    await screen.findByText('Lectern is on everywhere.');
    expect(await disabledSitesSetting.getValue()).toEqual([]);
  });
});

describe('Options: reset to defaults', () => {
  it('asks first, resets every setting, and can undo', async () => {
    await themeSetting.setValue('dark');
    await pauseWhileTypingSetting.setValue(false);
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults…' }));
    expect(await themeSetting.getValue()).toBe('dark');
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    await screen.findByText('Every setting is back to its default.');
    expect(await themeSetting.getValue()).toBe('system');
    expect(await pauseWhileTypingSetting.getValue()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await themeSetting.getValue()).toBe('dark'));
    expect(await pauseWhileTypingSetting.getValue()).toBe(false);
  });
});

describe('Options: delete all my data', () => {
  beforeEach(() => {
    // The background, answering the page's messages as it does in the extension.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      answerMessage(message, pageSender('/options.html')),
    );
  });
  afterEach(() => fakeBrowser.runtime.onMessage.removeAllListeners());

  it('needs the word DELETE, offers a backup first, then deletes the library and every setting', async () => {
    await db.lectures.bulkAdd(sampleLibrary.lectures);
    await db.notes.bulkAdd(sampleLibrary.notes);
    await themeSetting.setValue('dark');
    await fakeBrowser.storage.local.set({ 'draft:x': 'a draft' });
    fakeBrowser.alarms.create('reminder:0', { when: Date.now() + 60_000 });
    await db.drafts.put({ lectureKey: 'x', owner: 'run:1', text: 'a draft', time: 1, kind: 'note', savedAt: 1 });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all my Lectern data…' }));
    expect(screen.getByRole('button', { name: 'Export a backup first' })).toBeVisible();
    const confirm = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(confirm).toBeDisabled();
    fireEvent.input(screen.getByRole('textbox', { name: 'Type DELETE to confirm' }), { target: { value: 'delete' } });
    expect(confirm).toBeDisabled();
    expect(await db.notes.count()).toBe(5);
    fireEvent.input(screen.getByRole('textbox', { name: 'Type DELETE to confirm' }), { target: { value: 'DELETE' } });
    fireEvent.click(confirm);
    await screen.findByText('All your Lectern data was deleted.');
    expect(await db.notes.count()).toBe(0);
    expect(await db.lectures.count()).toBe(0);
    expect(await db.drafts.count()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('cancel deletes nothing', async () => {
    await db.notes.bulkAdd(sampleLibrary.notes);
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all my Lectern data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Delete everything' })).not.toBeInTheDocument();
    expect(await db.notes.count()).toBe(5);
  });
});
