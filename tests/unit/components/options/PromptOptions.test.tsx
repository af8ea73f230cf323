import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PromptOptions } from '@/components/options/PromptOptions';
import { siteFromInput } from '@/components/options/PromptSiteList';
import { promptSettings } from '@/utils/settings/items';
import { DEFAULT_PROMPT_SETTINGS } from '@/utils/settings/native-keys';

async function renderLoaded() {
  render(<PromptOptions />);
  const field = screen.getByLabelText('Review every (minutes)') as HTMLInputElement;
  await waitFor(() => expect(field).toBeEnabled());
  return field;
}

describe('PromptOptions', () => {
  it('shows the stored interval and saves a valid one as it is typed', async () => {
    await promptSettings.setValue({ ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 9 });
    const field = await renderLoaded();
    await waitFor(() => expect(field).toHaveValue(9));
    expect(field).toHaveAttribute('min', '1');
    expect(field).toHaveAttribute('max', '60');
    fireEvent.input(field, { target: { value: '1' } });
    await waitFor(async () => expect((await promptSettings.getValue()).intervalMinutes).toBe(1));
  });

  it.each(['0', '61', '2.5', ''])('does not save %j and says what is allowed', async (typed) => {
    const field = await renderLoaded();
    fireEvent.input(field, { target: { value: typed } });
    expect(screen.getByText('Choose a whole number from 1 to 60.')).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await promptSettings.getValue()).intervalMinutes).toBe(6);
    fireEvent.blur(field);
    expect(field).toHaveValue(6);
  });

  it('turns prompts off, switches to chapter ends and stops resuming', async () => {
    await renderLoaded();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause for review prompts' }));
    await waitFor(async () => expect((await promptSettings.getValue()).enabled).toBe(false));
    fireEvent.click(screen.getByRole('radio', { name: /end of each chapter/ }));
    await waitFor(async () => expect((await promptSettings.getValue()).mode).toBe('chapters'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Resume the lecture after I save an answer' }));
    await waitFor(async () =>
      expect(await promptSettings.getValue()).toEqual({
        ...DEFAULT_PROMPT_SETTINGS,
        enabled: false,
        mode: 'chapters',
        resumeAfterAnswer: false,
      }),
    );
  });

  it('adds and removes sites where prompts are off', async () => {
    await renderLoaded();
    expect(screen.getByText('None: prompts appear on every site.')).toBeVisible();
    const input = screen.getByLabelText('Turn prompts off on a site');
    fireEvent.input(input, { target: { value: 'https://www.YouTube.com/watch?v=x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    await screen.findByRole('button', { name: 'Remove www.youtube.com' });
    expect((await promptSettings.getValue()).disabledSites).toEqual(['www.youtube.com']);
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Type a site/);
    fireEvent.click(screen.getByRole('button', { name: 'Remove www.youtube.com' }));
    await screen.findByText('None: prompts appear on every site.');
    expect((await promptSettings.getValue()).disabledSites).toEqual([]);
  });
});

describe('siteFromInput', () => {
  it.each([
    ['youtube.com', 'youtube.com'],
    [' https://lms.example.edu/course/1 ', 'lms.example.edu'],
    ['WWW.COURSERA.ORG', 'www.coursera.org'],
    ['localhost', null],
    ['not a site', null],
    ['', null],
    ['javascript:alert(1)', null],
  ])('%j → %j', (input, site) => {
    expect(siteFromInput(input)).toBe(site);
  });
});
