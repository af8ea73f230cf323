/**
 * Review prompts in the lecture's frame (page side): starts the prompt runner on the lecture
 * video with the student's settings (kept live), asks through the overlay's UI (the dialog lives
 * in the extension-origin iframe and saves the answer itself: its text never passes through the
 * page), and reads and records history through the background. The overlay controller wires it:
 * one per lecture video, ended with its `signal`.
 */
import { browser } from 'wxt/browser';
import type { Range } from '../model/ranges';
import { sendMessage } from '../protocol/send';
import { DEFAULT_PROMPT_SETTINGS, PROMPT_SETTINGS_KEY, type PromptSettings } from '../settings/native-keys';
import { type PromptAsk, type PromptResult, type PromptRunner, startPromptRunner } from './runner';
import type { SchedulerState } from './scheduler';

/** The stored prompt settings over their defaults (read natively: no WXT storage in the overlay). */
export function promptSettingsFrom(stored: unknown): PromptSettings {
  return typeof stored === 'object' && stored !== null
    ? { ...DEFAULT_PROMPT_SETTINGS, ...(stored as Partial<PromptSettings>) }
    : DEFAULT_PROMPT_SETTINGS;
}

async function readPromptSettings(): Promise<PromptSettings> {
  return promptSettingsFrom((await browser.storage.local.get(PROMPT_SETTINGS_KEY))[PROMPT_SETTINGS_KEY]);
}

function watchPromptSettings(listener: (settings: PromptSettings) => void, signal: AbortSignal) {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PROMPT_SETTINGS_KEY in changes)
      listener(promptSettingsFrom(changes[PROMPT_SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
}

/** This frame's prompt visits by lecture key, kept while the lecture is away (an ad in its video). */
const visits = new Map<string, SchedulerState>();

export interface ReviewPromptsOptions {
  video: HTMLVideoElement;
  lectureKey: string;
  /** The lecture's site (host name), for the per-site switch. */
  site: string;
  /** Shows the prompt in the overlay's UI (and gives it focus), or hides it with null. */
  show(prompt: PromptAsk | null): void;
  signal: AbortSignal;
}

export interface ReviewPrompts {
  setEditorOpen(open: boolean): void;
  /** The UI reports what the student chose (or the controller that the prompt went unseen). */
  answer(choice: PromptResult): void;
}

export function startReviewPrompts({ video, lectureKey, site, show, signal }: ReviewPromptsOptions): ReviewPrompts {
  let runner: PromptRunner | null = null;
  let editorOpen = false;
  let waiting: ((choice: PromptResult) => void) | null = null;

  const ask = (prompt: PromptAsk) =>
    new Promise<PromptResult>((resolve) => {
      waiting = resolve;
      show(prompt);
    });

  void readPromptSettings().then((settings) => {
    if (signal.aborted) return;
    runner = startPromptRunner({
      video,
      lectureKey,
      host: site,
      settings,
      ask,
      loadHistory: (key) => sendMessage('prompts/history', { lectureKey: key }),
      recordOutcome: (key: string, outcome: 'skipped' | 'snoozed', covered: Range[]) =>
        sendMessage('prompts/outcome', { lectureKey: key, outcome, covered }),
      now: () => Date.now(),
      visits,
      signal,
    });
    if (editorOpen) runner.setEditorOpen(true);
    watchPromptSettings((next) => runner?.setSettings(next), signal);
  });

  signal.addEventListener('abort', () => {
    if (waiting) show(null);
    waiting = null;
  });

  return {
    setEditorOpen(open) {
      editorOpen = open;
      runner?.setEditorOpen(open);
    },
    answer(choice) {
      const resolve = waiting;
      waiting = null;
      resolve?.(choice);
    },
  };
}
