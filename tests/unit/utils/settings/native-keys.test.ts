import { describe, expect, it } from 'vitest';
import {
  disabledSitesSetting,
  noteShortcutSetting,
  pauseWhileTypingSetting,
  promptSettings,
} from '@/utils/settings/items';
import * as native from '@/utils/settings/native-keys';

describe('the settings page-side scripts read natively', () => {
  it.each([
    ['disabled sites', disabledSitesSetting, native.DISABLED_SITES_KEY, native.DEFAULT_DISABLED_SITES],
    ['note shortcut', noteShortcutSetting, native.NOTE_SHORTCUT_KEY, native.DEFAULT_NOTE_SHORTCUT],
    ['pause while typing', pauseWhileTypingSetting, native.PAUSE_WHILE_TYPING_KEY, native.DEFAULT_PAUSE_WHILE_TYPING],
    ['prompts', promptSettings, native.PROMPT_SETTINGS_KEY, native.DEFAULT_PROMPT_SETTINGS],
  ] as const)('%s: the storage item uses the native key and default', async (_name, item, key, fallback) => {
    expect(item.key).toBe(`local:${key}`);
    expect(item.fallback).toEqual(fallback);
    expect(await item.getValue()).toEqual(fallback);
  });
});
