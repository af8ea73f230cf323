import { countDueReviews } from '../../due-reviews';
import type { DomainHandlers } from '../../messaging';
import type { libraryRequests } from '../../protocol/library';

export const libraryHandlers: DomainHandlers<keyof typeof libraryRequests> = {
  'library/due-count': async () => ({ due: await countDueReviews(Date.now()) }),
};
