/** Every message the background accepts, and what it does with it: one handler map. */
import { recordLectureSighting } from '../lectures';
import type { Handlers } from '../messaging';

export const handlers: Handlers = {
  'lecture/seen': async (sighting) => ({ lecture: await recordLectureSighting(sighting, Date.now()) }),
};
