import { wipeEverything } from '../../backup/wipe';
import { countDueReviews } from '../../db/due-count';
import type { libraryRequests } from '../../protocol/library';
import type { DomainHandlers } from '../../protocol/messages';

export const libraryHandlers: DomainHandlers<keyof typeof libraryRequests> = {
  'library/due-count': async () => ({ due: await countDueReviews(Date.now()) }),
  'library/wipe': async () => {
    await wipeEverything();
    return { wiped: true };
  },
};
