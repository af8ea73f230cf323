import { recordLectureSighting } from '../../lectures';
import type { DomainHandlers } from '../../messaging';
import type { lectureRequests } from '../../protocol/lectures';

export const lectureHandlers: DomainHandlers<keyof typeof lectureRequests> = {
  'lecture/seen': async (sighting) => ({ lecture: await recordLectureSighting(sighting, Date.now()) }),
};
