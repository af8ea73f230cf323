/**
 * The settings that page-side scripts read natively (`browser.storage.local` by key): the
 * always-on script (utils/video/always-on.ts), the overlay controller (utils/overlay/) and the
 * prompts' page glue (utils/prompts/page.ts). Their storage keys and defaults are written here
 * once; items.ts builds its storage items from them.
 *
 * Must never import anything at runtime (WXT's storage module, valibot, the polyfill): the
 * always-on script imports this module, and every frame of every page pays for its bytes.
 */

/** Host names where Lectern stays completely off (isSiteDisabled in disabled-sites.ts). */
export const DISABLED_SITES_KEY = 'disabledSites';
export const DEFAULT_DISABLED_SITES: string[] = [];

/** A key combination as KeyboardEvent reports it: `code` (layout-independent) plus modifiers. */
export interface Shortcut {
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}
export const NOTE_SHORTCUT_KEY = 'noteShortcut';
export const DEFAULT_NOTE_SHORTCUT: Shortcut = {
  code: 'KeyN',
  altKey: true,
  ctrlKey: false,
  shiftKey: false,
  metaKey: false,
};

/** "Note with snapshot": opens the editor with the frame on screen (the overlay controller listens). */
export const SNAPSHOT_SHORTCUT_KEY = 'snapshotShortcut';
// Written out (not spread from the note shortcut): a spread would stay in the always-on bundle.
export const DEFAULT_SNAPSHOT_SHORTCUT: Shortcut = {
  code: 'KeyN',
  altKey: true,
  ctrlKey: false,
  shiftKey: true,
  metaKey: false,
};

/** Pause the video while the student types a note; resume on save. */
export const PAUSE_WHILE_TYPING_KEY = 'pauseWhileTyping';
export const DEFAULT_PAUSE_WHILE_TYPING = true;

/** The caption a note keeps (utils/video/captions/): the seconds before the note (0: off), and loading captions that are off. */
export interface CaptionSettings {
  /** Cues overlapping this many seconds before the note's time, 0 to 60; 0 keeps none. */
  windowSeconds: number;
  /** Load a caption track that is off (in `hidden` mode: nothing shows) so notes can keep its words. */
  loadForNotes: boolean;
}
export const CAPTION_SETTINGS_KEY = 'captions';
export const DEFAULT_CAPTION_SETTINGS: CaptionSettings = { windowSeconds: 10, loadForNotes: false };

export type PromptMode = 'interval' | 'chapters';
export interface PromptSettings {
  enabled: boolean;
  /** Minutes of lecture actually watched between prompts, 1 to 60. */
  intervalMinutes: number;
  /** 'chapters' prompts at chapter ends where a lecture has chapters, else by interval. */
  mode: PromptMode;
  /** Resume playback after an answer is saved. */
  resumeAfterAnswer: boolean;
  /** Host names where prompts are off (isSiteDisabled in disabled-sites.ts). */
  disabledSites: string[];
}
export const PROMPT_SETTINGS_KEY = 'prompts';
export const DEFAULT_PROMPT_SETTINGS: PromptSettings = {
  enabled: true,
  intervalMinutes: 6,
  mode: 'interval',
  resumeAfterAnswer: true,
  disabledSites: [],
};
