/**
 * Every setting of utils/settings.ts by name, with a valibot schema: what the options page
 * validates, what a JSON backup carries and imports, and what "Reset to defaults" resets.
 * A setting added to settings.ts must be listed here (a unit test checks that none is missing).
 */
import * as v from 'valibot';
import type { WxtStorageItem } from 'wxt/utils/storage';
import {
  disabledSitesSetting,
  noteShortcutSetting,
  pauseWhileTypingSetting,
  promptSettings,
  themeSetting,
  timerSettings,
} from './settings';

const hostName = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(253),
  v.regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be a host name like www.example.edu'),
);
const minutes = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const settingSchemas = {
  theme: v.picklist(['system', 'light', 'dark']),
  disabledSites: v.pipe(v.array(hostName), v.maxLength(1000)),
  noteShortcut: v.strictObject({
    code: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
    altKey: v.boolean(),
    ctrlKey: v.boolean(),
    shiftKey: v.boolean(),
    metaKey: v.boolean(),
  }),
  pauseWhileTyping: v.boolean(),
  prompts: v.looseObject({
    enabled: v.boolean(),
    intervalMinutes: minutes(1, 60),
    mode: v.picklist(['interval', 'chapters']),
    resumeAfterAnswer: v.boolean(),
    disabledSites: v.pipe(v.array(hostName), v.maxLength(1000)),
  }),
  timer: v.looseObject({
    focusMinutes: minutes(1, 180),
    shortBreakMinutes: minutes(1, 60),
    longBreakMinutes: minutes(1, 120),
    longBreakEvery: minutes(1, 12),
    pauseVideosOnBreak: v.boolean(),
    notifications: v.boolean(),
    weeklyGoalHours: minutes(0, 168),
    reminders: v.array(
      v.strictObject({
        days: v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
        time: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30')),
      }),
    ),
  }),
} as const;

export type SettingName = keyof typeof settingSchemas;

// biome-ignore lint/suspicious/noExplicitAny: items of different value types in one table.
type AnyItem = WxtStorageItem<any, Record<string, unknown>>;

export const settingItems: Record<SettingName, AnyItem> = {
  theme: themeSetting,
  disabledSites: disabledSitesSetting,
  noteShortcut: noteShortcutSetting,
  pauseWhileTyping: pauseWhileTypingSetting,
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

/** Writes settings by name (already validated). */
export async function writeSettings(values: Partial<Record<SettingName, unknown>>): Promise<void> {
  await Promise.all(Object.entries(values).map(([name, value]) => settingItems[name as SettingName].setValue(value)));
}

/** Puts every setting back to its default; returns the values it replaced (for undo). */
export async function resetAllSettings(): Promise<Record<SettingName, unknown>> {
  const previous = await readAllSettings();
  await Promise.all(SETTING_NAMES.map((name) => settingItems[name].removeValue()));
  return previous;
}
