/** Every message the background accepts, and what it does with it: one handler map, by domain. */
import type { Handlers } from '../protocol/messages';
import { lectureHandlers } from './handlers/lectures';
import { libraryHandlers } from './handlers/library';
import { noteHandlers } from './handlers/notes';
import { promptHandlers } from './handlers/prompts';
import { snapshotHandlers } from './handlers/snapshots';
import { syncHandlers } from './handlers/sync';
import { syncSetupHandlers } from './handlers/sync-setup';
import { timerHandlers } from './handlers/timer';
import { overlayTokenHandlers } from './overlay-tokens';

export const handlers: Handlers = {
  ...lectureHandlers,
  ...noteHandlers,
  ...promptHandlers,
  ...timerHandlers,
  ...libraryHandlers,
  ...overlayTokenHandlers,
  ...syncHandlers,
  ...syncSetupHandlers,
  ...snapshotHandlers,
};
