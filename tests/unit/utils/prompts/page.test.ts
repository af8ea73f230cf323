import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { promptSettingsFrom } from '@/utils/prompts/page';
import { promptSettings } from '@/utils/settings/items';
import { DEFAULT_PROMPT_SETTINGS } from '@/utils/settings/native-keys';

describe('prompt settings read natively in the lecture frame', () => {
  it('falls back to exactly the defaults of utils/settings/native-keys.ts', () => {
    expect(promptSettingsFrom(undefined)).toEqual(DEFAULT_PROMPT_SETTINGS);
    expect(promptSettingsFrom({ intervalMinutes: 1 })).toEqual({ ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 1 });
  });

  it('reads what the options page stored under the same key', async () => {
    await promptSettings.setValue({ ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 3, mode: 'chapters' });
    const stored = await browser.storage.local.get('prompts');
    expect(promptSettingsFrom(stored.prompts)).toEqual({
      ...DEFAULT_PROMPT_SETTINGS,
      intervalMinutes: 3,
      mode: 'chapters',
    });
  });
});
