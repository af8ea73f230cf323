import { describe, expect, it } from 'vitest';
import * as settings from '@/utils/settings/items';
import { DEFAULT_PROMPT_SETTINGS } from '@/utils/settings/native-keys';
import {
  readAllSettings,
  resetAllSettings,
  SETTING_NAMES,
  settingItems,
  validateSetting,
  writeSettings,
} from '@/utils/settings/registry';

describe('settings registry', () => {
  it('lists every storage item defined in utils/settings/items.ts, so backups and reset cover them all', () => {
    const defined = Object.values(settings).filter(
      (value) => typeof value === 'object' && value !== null && 'getValue' in value && 'watch' in value,
    );
    expect(new Set(Object.values(settingItems))).toEqual(new Set(defined));
  });

  it('accepts every default value', async () => {
    const values = await readAllSettings();
    for (const name of SETTING_NAMES) expect(validateSetting(name, values[name]), name).toBeNull();
  });

  it('accepts everything the options sections let a student choose (so a backup of it imports)', () => {
    const timer = {
      ...settings.DEFAULT_TIMER_SETTINGS,
      shortBreakMinutes: 180,
      longBreakMinutes: 180,
      weeklyGoalHours: 100,
    };
    expect(validateSetting('timer', { ...timer, reminders: [{ days: [0, 6], time: '23:59' }] })).toBeNull();
    expect(validateSetting('prompts', { ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 60 })).toBeNull();
  });

  it.each([
    ['theme', 'purple'],
    ['disabledSites', ['not a host!']],
    ['prompts', { ...DEFAULT_PROMPT_SETTINGS, intervalMinutes: 0 }],
    ['timer', { ...settings.DEFAULT_TIMER_SETTINGS, focusMinutes: 2.5 }],
    ['timer', { ...settings.DEFAULT_TIMER_SETTINGS, reminders: [{ days: [1], time: '25:00' }] }],
    ['noteShortcut', { code: '', altKey: true, ctrlKey: false, shiftKey: false, metaKey: false }],
  ] as const)('explains what is wrong with %s = %j', (name, value) => {
    expect(validateSetting(name, value)).toMatch(/\w/);
  });

  it('resets every setting to its default and returns the old values for undo', async () => {
    await writeSettings({ theme: 'dark', pauseWhileTyping: false });
    const previous = await resetAllSettings();
    expect(previous).toMatchObject({ theme: 'dark', pauseWhileTyping: false });
    expect(await settings.themeSetting.getValue()).toBe('system');
    expect(await settings.pauseWhileTypingSetting.getValue()).toBe(true);
    await writeSettings(previous);
    expect(await settings.themeSetting.getValue()).toBe('dark');
  });
});
