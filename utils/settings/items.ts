/**
 * Every setting of Lectern, one WXT storage item each (in `browser.storage.local`), with its
 * fallback and version. Extension pages and the background read them through these items. The
 * settings that page-side scripts read natively take their keys, types and defaults from
 * native-keys.ts, written there once. The options page (components/options/) edits all of them.
 */
import { storage } from 'wxt/utils/storage';
import {
  CAPTION_SETTINGS_KEY,
  type CaptionSettings,
  DEFAULT_CAPTION_SETTINGS,
  DEFAULT_DISABLED_SITES,
  DEFAULT_NOTE_SHORTCUT,
  DEFAULT_PAUSE_WHILE_TYPING,
  DEFAULT_PROMPT_SETTINGS,
  DEFAULT_SNAPSHOT_SHORTCUT,
  DISABLED_SITES_KEY,
  NOTE_SHORTCUT_KEY,
  PAUSE_WHILE_TYPING_KEY,
  PROMPT_SETTINGS_KEY,
  type PromptSettings,
  type Shortcut,
  SNAPSHOT_SHORTCUT_KEY,
} from './native-keys';
import { DEFAULT_SPEED_SHORTCUTS, SPEED_SHORTCUTS_KEY, type SpeedShortcuts } from './speed-keys';

// ── General ────────────────────────────────────────────────────────────────────────────────

export type Theme = 'system' | 'light' | 'dark';
export const themeSetting = storage.defineItem<Theme>('local:theme', { fallback: 'system', version: 1 });

export const disabledSitesSetting = storage.defineItem<string[]>(`local:${DISABLED_SITES_KEY}`, {
  fallback: DEFAULT_DISABLED_SITES,
  version: 1,
});

// ── Notes (the note editor in the overlay) ─────────────────────────────────────────────────

export const noteShortcutSetting = storage.defineItem<Shortcut>(`local:${NOTE_SHORTCUT_KEY}`, {
  fallback: DEFAULT_NOTE_SHORTCUT,
  version: 1,
});
export const snapshotShortcutSetting = storage.defineItem<Shortcut>(`local:${SNAPSHOT_SHORTCUT_KEY}`, {
  fallback: DEFAULT_SNAPSHOT_SHORTCUT,
  version: 1,
});
export const pauseWhileTypingSetting = storage.defineItem<boolean>(`local:${PAUSE_WHILE_TYPING_KEY}`, {
  fallback: DEFAULT_PAUSE_WHILE_TYPING,
  version: 1,
});

export const captionSettings = storage.defineItem<CaptionSettings>(`local:${CAPTION_SETTINGS_KEY}`, {
  fallback: DEFAULT_CAPTION_SETTINGS,
  version: 1,
});

// ── Speed (utils/speed/: slower, faster, back to 1×) ──────────────────────────────────────

export const speedShortcutsSetting = storage.defineItem<SpeedShortcuts>(`local:${SPEED_SHORTCUTS_KEY}`, {
  fallback: DEFAULT_SPEED_SHORTCUTS,
  version: 1,
});

// ── Review prompts ─────────────────────────────────────────────────────────────────────────

export const promptSettings = storage.defineItem<PromptSettings>(`local:${PROMPT_SETTINGS_KEY}`, {
  fallback: DEFAULT_PROMPT_SETTINGS,
  version: 1,
});

// ── Focus timer ────────────────────────────────────────────────────────────────────────────

export interface StudyReminder {
  /** 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Local time, `HH:MM`. */
  time: string;
}
export interface TimerSettings {
  focusMinutes: number;
  shortBreakMinutes: number;
  longBreakMinutes: number;
  /** A long break after this many focus blocks. */
  longBreakEvery: number;
  /** Pause playing lecture videos when a break starts. */
  pauseVideosOnBreak: boolean;
  /** A notification when a phase ends. */
  notifications: boolean;
  /** Weekly focus goal in hours (0 = no goal). */
  weeklyGoalHours: number;
  reminders: StudyReminder[];
}
export const DEFAULT_TIMER_SETTINGS: TimerSettings = {
  focusMinutes: 25,
  shortBreakMinutes: 5,
  longBreakMinutes: 15,
  longBreakEvery: 4,
  pauseVideosOnBreak: true,
  notifications: true,
  weeklyGoalHours: 10,
  reminders: [],
};
export const timerSettings = storage.defineItem<TimerSettings>('local:timer', {
  fallback: DEFAULT_TIMER_SETTINGS,
  version: 1,
});
