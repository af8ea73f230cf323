import { describe, expect, it } from 'vitest';
import {
  disabledSitesSetting,
  noteShortcutSetting,
  pauseWhileTypingSetting,
  promptSettings,
} from '@/utils/settings/items';
import {
  DEFAULT_DISABLED_SITES,
  DEFAULT_NOTE_SHORTCUT,
  DEFAULT_PAUSE_WHILE_TYPING,
  DEFAULT_PROMPT_SETTINGS,
  DISABLED_SITES_KEY,
  NOTE_SHORTCUT_KEY,
  PAUSE_WHILE_TYPING_KEY,
  PROMPT_SETTINGS_KEY,
} from '@/utils/settings/native-keys';

describe('the settings page-side scripts read natively', () => {
  it.each([
    ['disabled sites', disabledSitesSetting, DISABLED_SITES_KEY, DEFAULT_DISABLED_SITES],
    ['note shortcut', noteShortcutSetting, NOTE_SHORTCUT_KEY, DEFAULT_NOTE_SHORTCUT],
    ['pause while typing', pauseWhileTypingSetting, PAUSE_WHILE_TYPING_KEY, DEFAULT_PAUSE_WHILE_TYPING],
    ['prompts', promptSettings, PROMPT_SETTINGS_KEY, DEFAULT_PROMPT_SETTINGS],
  ] as const)('%s: the storage item uses the native key and default', async (_name, item, key, fallback) => {
    expect(item.key).toBe(`local:${key}`);
    expect(item.fallback).toEqual(fallback);
    expect(await item.getValue()).toEqual(fallback);
  });
});
