import type { ComponentType } from 'preact';
import { CaptionOptions } from './CaptionOptions';
import { GeneralOptions } from './GeneralOptions';
import { NoteOptions } from './NoteOptions';
import { PromptOptions } from './PromptOptions';
import { SnapshotOptions } from './SnapshotOptions';
import { SpeedOptions } from './SpeedOptions';
import { SyncSetup } from './SyncSetup';
import { SyncStatus } from './SyncStatus';
import { TimerOptions } from './TimerOptions';

/**
 * The options page's feature sections, in order (notes, prompts, timer, …). Each reads and saves
 * its own settings with useSetting. Add yours with one line. Reset and delete come after them.
 */
export const optionSections: ComponentType[] = [
  GeneralOptions,
  NoteOptions,
  CaptionOptions,
  SnapshotOptions,
  SpeedOptions,
  PromptOptions,
  TimerOptions,
  SyncSetup,
  SyncStatus,
];
