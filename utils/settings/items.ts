/**
 * Every setting of Lectern, one WXT storage item each (in `browser.storage.local`), with its
 * fallback and version. Extension pages and the background read them through these items; the
 * always-on content script reads the few it needs with the native storage API by the same keys
 * (`SETTING_KEYS`). The options page (components/options/) edits all of them.
 */
import { storage } from 'wxt/utils/storage';

// ── General ────────────────────────────────────────────────────────────────────────────────

export type Theme = 'system' | 'light' | 'dark';
export const themeSetting = storage.defineItem<Theme>('local:theme', { fallback: 'system', version: 1 });

/** Host names (e.g. `www.youtube.com`) where Lectern stays completely off. */
export const disabledSitesSetting = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });

// ── Notes (the note editor in the overlay) ─────────────────────────────────────────────────

/** A key combination as KeyboardEvent reports it: `code` (layout-independent) plus modifiers. */
export interface Shortcut {
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}
export const DEFAULT_NOTE_SHORTCUT: Shortcut = {
  code: 'KeyN',
  altKey: true,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
};
export const noteShortcutSetting = storage.defineItem<Shortcut>('local:noteShortcut', {
  fallback: DEFAULT_NOTE_SHORTCUT,
  version: 1,
});
/** Pause the video while the student types a note; resume on save. */
export const pauseWhileTypingSetting = storage.defineItem<boolean>('local:pauseWhileTyping', {
  fallback: true,
  version: 1,
});

// ── Review prompts ─────────────────────────────────────────────────────────────────────────

export type PromptMode = 'interval' | 'chapters';
export interface PromptSettings {
  enabled: boolean;
  /** Minutes of lecture actually watched between prompts, 1 to 60. */
  intervalMinutes: number;
  /** 'chapters' prompts at chapter ends where a lecture has chapters, else by interval. */
  mode: PromptMode;
  /** Resume playback after an answer is saved. */
  resumeAfterAnswer: boolean;
  /** Host names where prompts are off. */
  disabledSites: string[];
}
export const DEFAULT_PROMPT_SETTINGS: PromptSettings = {
  enabled: true,
  intervalMinutes: 6,
  mode: 'interval',
  resumeAfterAnswer: true,
  disabledSites: [],
};
export const promptSettings = storage.defineItem<PromptSettings>('local:prompts', {
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

/** Storage keys (without the `local:` area) for code that reads storage natively. */
export const SETTING_KEYS = {
  disabledSites: 'disabledSites',
  noteShortcut: 'noteShortcut',
  pauseWhileTyping: 'pauseWhileTyping',
  prompts: 'prompts',
} as const;
