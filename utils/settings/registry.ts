/**
 * Every setting of utils/settings/items.ts by name, with a valibot schema: what the options page
 * validates, what a JSON backup carries and imports, and what "Reset to defaults" resets.
 * A setting added to items.ts must be listed here (a unit test checks that none is missing).
 */
import * as v from 'valibot';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  captionSettings,
  disabledSitesSetting,
  noteShortcutSetting,
  pauseWhileTypingSetting,
  promptSettings,
  snapshotShortcutSetting,
  speedShortcutsSetting,
  themeSetting,
  timerSettings,
} from './items';
import { type SettingName, settingSchemas } from './schemas';

export type { SettingName };

// biome-ignore lint/suspicious/noExplicitAny: items of different value types in one table.
type AnyItem = WxtStorageItem<any, Record<string, unknown>>;

export const settingItems: Record<SettingName, AnyItem> = {
  theme: themeSetting,
  disabledSites: disabledSitesSetting,
  noteShortcut: noteShortcutSetting,
  snapshotShortcut: snapshotShortcutSetting,
  pauseWhileTyping: pauseWhileTypingSetting,
  captions: captionSettings,
  speedShortcuts: speedShortcutsSetting,
  prompts: promptSettings,
  timer: timerSettings,
};

export const SETTING_NAMES = Object.keys(settingItems) as SettingName[];

/** Every setting's current value by name. */
export async function readAllSettings(): Promise<Record<SettingName, unknown>> {
  const entries = await Promise.all(SETTING_NAMES.map(async (name) => [name, await settingItems[name].getValue()]));
  return Object.fromEntries(entries) as Record<SettingName, unknown>;
}

/** Checks a setting's value; the message names what is wrong, for the student. */
export function validateSetting(name: SettingName, value: unknown): string | null {
  const result = v.safeParse(settingSchemas[name], value);
  return result.success ? null : v.summarize(result.issues);
}

/**
 * Writes settings by name (already validated) in ONE `storage.local.set` call: the browser
 * applies all of them or, if it fails (a full disk), none.
 */
export async function writeSettings(values: Partial<Record<SettingName, unknown>>): Promise<void> {
  const entries = Object.entries(values) as [SettingName, unknown][];
  if (entries.length === 0) return;
  await storage.setItems(entries.map(([name, value]) => ({ item: settingItems[name], value })));
}

/** Puts every setting back to its default; returns the values it replaced (for undo). */
export async function resetAllSettings(): Promise<Record<SettingName, unknown>> {
  const previous = await readAllSettings();
  await Promise.all(SETTING_NAMES.map((name) => settingItems[name].removeValue()));
  return previous;
}
