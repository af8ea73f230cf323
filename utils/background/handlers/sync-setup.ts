import type { DomainHandlers } from '../../protocol/messages';
import type { syncSetupRequests } from '../../protocol/sync-setup';
import { checkSyncSetup } from '../../sync/setup-check';

export const syncSetupHandlers: DomainHandlers<keyof typeof syncSetupRequests> = {
  'sync/test-connection': (account) => checkSyncSetup(account),
};
